package io.brigade.app.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.brigade.app.concurrent.ExecutorBackgroundTasks;
import io.brigade.app.edit.ObjectEdits;
import io.brigade.engine.geometry.primitive.PrimitiveKind;
import io.brigade.engine.raster.FrameRenderer;
import io.brigade.engine.raster.RenderedFrame;
import io.brigade.engine.scene.RenderSettings;
import io.brigade.engine.scene.Scene;
import io.brigade.engine.schedule.CancellationToken;
import io.brigade.engine.schedule.RenderRequest;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StillRenderViewModelTest {

    private static final long NO_HANG_SECONDS = 60;
    private static final int WORKERS = 2;
    private static final int FRAME = 3;

    private final BlockingQueue<Runnable> fxTasks = new LinkedBlockingQueue<>();
    private final Executor fxThread = fxTasks::add;
    private final List<RenderRequest> requests = new ArrayList<>();
    private final RenderJobs scheduler = RenderJobs.scheduler();
    private final StillRenderViewModel still = new StillRenderViewModel((request, listener) -> {
        requests.add(request);
        return scheduler.start(request, listener);
    }, WORKERS, new ExecutorBackgroundTasks(Runnable::run, fxThread), fxThread);

    @TempDir
    Path dir;

    private static Scene smallScene() throws Exception {
        RenderSettings settings = RenderSettings.DEFAULT.withSize(80, 45).withAntiAliasing(1).withFrames(0, 9);
        return ObjectEdits.withPrimitiveAdded(Scene.empty(settings), PrimitiveKind.CUBE);
    }

    @Test
    void rendersTheOneFrameInBandsAndKeepsIt() throws Exception {
        Scene scene = smallScene();

        still.start(scene, FRAME);
        assertThat(still.runningProperty().get()).isTrue();
        assertThat(still.headlineProperty().get()).startsWith("Rendering frame " + FRAME);
        runFxTasksUntil(() -> !still.runningProperty().get());

        assertThat(requests).singleElement().satisfies(request -> {
            assertThat(request.frameCount()).isEqualTo(1);
            assertThat(request.settings().startFrame()).isEqualTo(FRAME);
        });
        StillStatus status = still.statusProperty().get();
        assertThat(status.phase()).isEqualTo(RenderStatus.Phase.COMPLETED);
        assertThat(status.bandCount()).as("one frame shared by %d workers", WORKERS).isGreaterThan(1);
        assertThat(status.bandsStarted()).isEqualTo(status.bandCount());
        assertThat(still.progressProperty().get()).isEqualTo(1.0);
        assertThat(still.headlineProperty().get()).startsWith("Rendered frame " + FRAME + " (80 \u00d7 45) in ");
        RenderedFrame expected = new FrameRenderer().render(scene.poseAt(FRAME), scene.settings(),
                CancellationToken.NONE);
        assertThat(still.stillProperty().get().samePixels(expected)).isTrue();
    }

    @Test
    void savesTheStillAsPng() throws Exception {
        still.start(smallScene(), FRAME);
        runFxTasksUntil(() -> !still.runningProperty().get());
        Path file = dir.resolve("still.png");
        AtomicReference<Object> outcome = new AtomicReference<>();

        still.save(file, () -> outcome.set("saved"), outcome::set);
        runFxTasksUntil(() -> outcome.get() != null);

        assertThat(outcome.get()).isEqualTo("saved");
        BufferedImage written = ImageIO.read(file.toFile());
        RenderedFrame frame = still.stillProperty().get();
        assertThat(written.getWidth()).isEqualTo(frame.width());
        assertThat(written.getRGB(40, 22) | 0xff000000).isEqualTo(frame.argb(40, 22));
    }

    @Test
    void aFileThatCannotBeWrittenReportsTheFailure() throws Exception {
        still.start(smallScene(), FRAME);
        runFxTasksUntil(() -> !still.runningProperty().get());
        Path notAFolder = Files.writeString(dir.resolve("taken"), "a file where the folder should be");
        AtomicReference<Object> outcome = new AtomicReference<>();

        still.save(notAFolder.resolve("still.png"), () -> outcome.set("saved"), outcome::set);
        runFxTasksUntil(() -> outcome.get() != null);

        assertThat(outcome.get()).isInstanceOf(Exception.class);
    }

    @Test
    void cancellingEndsWithoutAStill() throws Exception {
        still.start(smallScene(), FRAME);
        still.cancel();
        runFxTasksUntil(() -> !still.runningProperty().get());

        assertThat(still.statusProperty().get().phase())
                .isIn(RenderStatus.Phase.CANCELLED, RenderStatus.Phase.COMPLETED);
        assertThat(still.stillProperty().get() == null)
                .isEqualTo(still.statusProperty().get().phase() == RenderStatus.Phase.CANCELLED);
        still.dismiss();
        assertThat(still.shownProperty().get()).isFalse();
    }

    private void runFxTasksUntil(BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(NO_HANG_SECONDS);
        while (!done.getAsBoolean()) {
            Runnable task = fxTasks.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            assertThat(task).as("an update from the render job in time").isNotNull();
            task.run();
        }
    }
}
