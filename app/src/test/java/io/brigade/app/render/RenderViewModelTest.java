package io.brigade.app.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.brigade.app.edit.ObjectEdits;
import io.brigade.engine.geometry.primitive.PrimitiveKind;
import io.brigade.engine.scene.RenderSettings;
import io.brigade.engine.scene.Scene;
import io.brigade.engine.schedule.JobOutcome;
import io.brigade.engine.schedule.JobResult;
import io.brigade.engine.schedule.RenderEvent;
import io.brigade.engine.schedule.RenderJob;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderViewModelTest {

    private static final long NO_HANG_SECONDS = 60;
    private static final int FRAMES = 6;
    private static final int WORKERS = 2;

    /** Stands in for the FX thread: tasks wait here until the test thread runs them. */
    private final BlockingQueue<Runnable> fxTasks = new LinkedBlockingQueue<>();
    private final Executor fxThread = fxTasks::add;
    private final List<RenderJob> started = new ArrayList<>();
    private final RenderJobs scheduler = RenderJobs.scheduler();
    private final RenderViewModel render = new RenderViewModel((request, listener) -> {
        RenderJob job = scheduler.start(request, listener);
        started.add(job);
        return job;
    }, WORKERS, fxThread);

    @TempDir
    Path dir;

    private static Scene smallScene() throws Exception {
        RenderSettings settings = RenderSettings.DEFAULT.withSize(48, 27).withAntiAliasing(1)
                .withFrames(0, FRAMES - 1);
        return ObjectEdits.withPrimitiveAdded(Scene.empty(settings), PrimitiveKind.CUBE);
    }

    @Test
    void aRenderTooLargeForTheHeapIsRefusedWithTheEnginesReasonAndNothingRuns() throws Exception {
        RenderViewModel refusing = new RenderViewModel((request, listener) -> {
            throw new io.brigade.engine.schedule.RenderTooLargeException("16384x16384 with 4x4 anti-aliasing needs 99,999 MB");
        }, WORKERS, fxThread);

        refusing.start(smallScene(), dir.resolve("frames"));

        assertThat(refusing.runningProperty().get()).isFalse();
        assertThat(refusing.statusProperty().get().phase()).isEqualTo(RenderStatus.Phase.FAILED);
        assertThat(refusing.statusProperty().get().failure()).contains("16384x16384 with 4x4 anti-aliasing needs 99,999 MB");
    }

    @Test
    void rendersEveryFrameIntoTheFolderAndSaysSo() throws Exception {
        Path out = dir.resolve("frames");

        render.start(smallScene(), out);
        assertThat(render.shownProperty().get()).isTrue();
        assertThat(render.runningProperty().get()).isTrue();
        assertThat(render.framesTextProperty().get()).isEqualTo("0 / " + FRAMES + " frames");
        runFxTasksUntil(() -> !render.runningProperty().get());

        assertThat(render.progressProperty().get()).isEqualTo(1.0);
        assertThat(render.framesTextProperty().get()).isEqualTo(FRAMES + " / " + FRAMES + " frames");
        assertThat(render.rateTextProperty().get()).matches("[\\d.]+ frames/s");
        assertThat(render.etaTextProperty().get()).isEmpty();
        assertThat(render.headlineProperty().get()).startsWith("Rendered " + FRAMES + " frames into " + out);
        try (var files = Files.list(out)) {
            assertThat(files.map(file -> file.getFileName().toString()).sorted())
                    .containsExactly("frame_00000.png", "frame_00001.png", "frame_00002.png", "frame_00003.png",
                            "frame_00004.png", "frame_00005.png");
        }
        render.dismiss();
        assertThat(render.shownProperty().get()).isFalse();
    }

    @Test
    void everyFinishedFrameArrivesAsAThumbnailThoughProgressIsCoalesced() throws Exception {
        Path out = dir.resolve("frames");

        render.start(smallScene(), out);
        started.get(0).result().get(NO_HANG_SECONDS, TimeUnit.SECONDS);
        runFxTasksUntil(() -> !render.runningProperty().get());

        assertThat(render.thumbnails()).hasSize(FRAMES);
        assertThat(render.thumbnails()).extracting(FrameThumbnail::frame)
                .containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5);
        assertThat(render.thumbnails()).allSatisfy(thumbnail -> {
            assertThat(thumbnail.width()).isEqualTo(48);
            assertThat(thumbnail.height()).isEqualTo(27);
        });
        assertThat(render.frameFile(2)).contains(out.resolve("frame_00002.png"));
        assertThat(render.frameFile(2).orElseThrow()).exists();
    }

    @Test
    void theStripHoldsOnePlacePerFrameInFrameOrderFilledAsFramesFinish() throws Exception {
        render.start(smallScene(), dir.resolve("slots"));

        assertThat(render.frameSlots()).extracting(FrameSlot::frame).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(render.frameSlots()).allSatisfy(slot -> assertThat(slot.thumbnail()).isEmpty());
        runFxTasksUntil(() -> !render.runningProperty().get());
        assertThat(render.frameSlots()).extracting(FrameSlot::frame).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(render.frameSlots()).allSatisfy(slot ->
                assertThat(slot.thumbnail()).hasValueSatisfying(thumbnail ->
                        assertThat(thumbnail.frame()).isEqualTo(slot.frame())));
    }

    @Test
    void aNewRenderStartsWithAnEmptyStrip() throws Exception {
        render.start(smallScene(), dir.resolve("a"));
        runFxTasksUntil(() -> !render.runningProperty().get());
        assertThat(render.thumbnails()).hasSize(FRAMES);

        render.start(smallScene(), dir.resolve("b"));

        assertThat(render.thumbnails()).isEmpty();
        runFxTasksUntil(() -> !render.runningProperty().get());
        assertThat(render.thumbnails()).hasSize(FRAMES);
    }

    @Test
    void aSecondStartWhileOneRunsIsIgnoredAndCancelStopsIt() throws Exception {
        render.start(smallScene(), dir.resolve("a"));
        render.start(smallScene(), dir.resolve("b"));
        render.cancel();
        runFxTasksUntil(() -> !render.runningProperty().get());

        assertThat(started).hasSize(1);
        assertThat(render.headlineProperty().get()).matches(
                "Cancelled after \\d of " + FRAMES + " frames|Rendered " + FRAMES + " frames into .*");
    }

    @Test
    void progressArrivesThroughOneCoalescedDeliveryAtATime() throws Exception {
        render.start(smallScene(), dir.resolve("frames"));
        started.get(0).result().get(NO_HANG_SECONDS, TimeUnit.SECONDS);

        // Progress for many frames has been posted by now, yet never more than one hand-over waits.
        assertThat(fxTasks).hasSizeLessThanOrEqualTo(1);
        runFxTasksUntil(() -> !render.runningProperty().get());
    }

    @Test
    void aFolderThatCannotBeWrittenFailsTheRenderAndSaysWhy() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("taken"), "a file where the folder should be");

        render.start(smallScene(), notAFolder);
        runFxTasksUntil(() -> !render.runningProperty().get());

        assertThat(render.statusProperty().get().phase()).isEqualTo(RenderStatus.Phase.FAILED);
        assertThat(render.statusProperty().get().failure()).isPresent();
        assertThat(render.headlineProperty().get()).startsWith("Render failed: ").contains("taken");
    }

    @Test
    void aShortenedRangeRendersOnlyThoseFramesAndRunHereReportsLikeAJob() throws Exception {
        Scene scene = smallScene();

        assertThat(render.start(scene, dir.resolve("part"), 2, 3)).isPresent();
        runFxTasksUntil(() -> !render.runningProperty().get());
        assertThat(Files.list(dir.resolve("part")).map(file -> file.getFileName().toString()).sorted())
                .containsExactly("frame_00002.png", "frame_00003.png");
        assertThat(render.sceneChangedProperty().get()).as("the scene is the one being edited").isFalse();
        RenderedSequence part = render.completedSequence().orElseThrow();
        assertThat(List.of(part.firstFrame(), part.lastFrame())).as("the range rendered").containsExactly(2, 3);

        List<String> asked = new ArrayList<>();
        render.runHere(scene, dir.resolve("here"), 0, 1, (request, listener) -> {
            asked.add(request.settings().startFrame() + "-" + request.settings().endFrame() + " to "
                    + request.output().orElseThrow().destination(0));
            listener.jobFinished(new RenderEvent.JobFinished(new JobResult(JobOutcome.COMPLETED, 2, 0, 2,
                    Duration.ofMillis(5), Optional.empty())));
        });
        runFxTasksUntil(() -> !render.runningProperty().get());

        assertThat(asked).containsExactly("0-1 to " + dir.resolve("here").resolve("frame_00000.png"));
        assertThat(render.headlineProperty().get()).startsWith("Rendered 2 frames into " + dir.resolve("here"));
    }

    @Test
    void onlyACompletedRenderOffersItsFramesForExport() throws Exception {
        assertThat(render.completedSequence()).isEmpty();
        Path out = dir.resolve("frames");

        render.start(smallScene(), out);
        assertThat(render.completedSequence()).as("while rendering").isEmpty();
        runFxTasksUntil(() -> !render.runningProperty().get());

        RenderedSequence sequence = render.completedSequence().orElseThrow();
        assertThat(sequence.frames().directory()).isEqualTo(out);
        assertThat(sequence.firstFrame()).isZero();
        assertThat(sequence.lastFrame()).isEqualTo(FRAMES - 1);
        assertThat(sequence.fps()).isEqualTo(RenderSettings.DEFAULT.fps());

        render.start(smallScene(), dir.resolve("again"));
        render.cancel();
        runFxTasksUntil(() -> !render.runningProperty().get());
        if (render.statusProperty().get().phase() == RenderStatus.Phase.CANCELLED) {
            assertThat(render.completedSequence()).as("after a cancelled render").isEmpty();
        }
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
