package io.brigade.app.viewport;

import static org.assertj.core.api.Assertions.assertThat;

import io.brigade.app.concurrent.BackgroundTasks;
import io.brigade.app.testing.SampleScenes;
import io.brigade.app.testing.SynchronousPreviews;
import io.brigade.engine.raster.FrameRenderer;
import io.brigade.engine.raster.RenderedFrame;
import io.brigade.engine.scene.Scene;
import io.brigade.engine.schedule.CancellationToken;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** A click picks, off the FX thread, the object drawn at that point of the picture on show. */
class ViewportPickingTest {

    /** Holds background work until the test runs it, as a busy background thread would. */
    private static final class HeldTasks implements BackgroundTasks {
        final List<Runnable> waiting = new ArrayList<>();

        @Override
        public <T> void run(Callable<? extends T> work, Consumer<? super T> onSuccess,
                            Consumer<? super Exception> onFailure) {
            waiting.add(() -> {
                try {
                    onSuccess.accept(work.call());
                } catch (Exception e) {
                    onFailure.accept(e);
                }
            });
        }

        void runAll() {
            List<Runnable> now = List.copyOf(waiting);
            waiting.clear();
            now.forEach(Runnable::run);
        }
    }

    /** The picture's centre shows the teapot, its top strip the sky beyond the floor. */
    private static final double CENTRE = 0.5;
    private static final double TOP = 0.02;

    private final Scene scene = SampleScenes.teapotTurntable();
    private final int teapot = scene.indexOfObject("teapot");
    private final HeldTasks tasks = new HeldTasks();
    private final List<OptionalInt> picks = new ArrayList<>();
    private final ViewportViewModel viewport = new ViewportViewModel(new SynchronousPreviews(), Runnable::run, tasks,
            picks::add);

    @BeforeAll
    static void startFxToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private void showScene() {
        viewport.areaResized(320, 180);
        viewport.show(scene, 0);
    }

    @Test
    void clickingAnObjectPicksItInTheBackground() {
        showScene();

        viewport.click(CENTRE, CENTRE);
        assertThat(picks).isEmpty(); // nothing decided on the FX thread
        tasks.runAll();

        assertThat(picks).containsExactly(OptionalInt.of(teapot));
    }

    @Test
    void clickingTheBackgroundOrBesideThePicturePicksNothing() {
        showScene();

        viewport.click(CENTRE, TOP);
        tasks.runAll();
        viewport.click(1.2, CENTRE);

        assertThat(picks).containsExactly(OptionalInt.empty(), OptionalInt.empty());
    }

    @Test
    void thePickLooksThroughTheViewOnShow() {
        showScene();
        viewport.pan(0.6, 0); // the teapot slides right, out of the centre, onto the floor

        viewport.click(CENTRE, CENTRE);
        tasks.runAll();

        assertThat(picks).singleElement().isNotEqualTo(OptionalInt.of(teapot));
    }

    @Test
    void onlyTheNewestClickSelects() {
        showScene();

        viewport.click(CENTRE, CENTRE);
        viewport.click(CENTRE, TOP);
        tasks.runAll();

        assertThat(picks).containsExactly(OptionalInt.empty());
    }

    @Test
    void aPickFinishingAfterTheSceneChangedIsDropped() {
        showScene();
        viewport.click(CENTRE, CENTRE);

        viewport.show(scene.withObjectRemoved(0), 0); // the indexes shift
        tasks.runAll();

        assertThat(picks).isEmpty();
    }

    @Test
    void aStillOnShowIsPickedAsTheSceneCameraSawIt() {
        showScene();
        viewport.pan(0.6, 0);
        RenderedFrame still = new FrameRenderer().render(scene.poseAt(0), scene.settings().withSize(320, 180),
                CancellationToken.NONE);

        viewport.showStill(scene, 0, still);
        viewport.click(CENTRE, CENTRE);
        tasks.runAll();

        assertThat(viewport.throughSceneCameraProperty().get()).isTrue();
        assertThat(picks).containsExactly(OptionalInt.of(teapot));
    }

    @Test
    void clickingBeforeAnythingIsShownPicksNothing() {
        viewport.click(CENTRE, CENTRE);
        tasks.runAll();

        assertThat(picks).isEmpty();
    }
}
