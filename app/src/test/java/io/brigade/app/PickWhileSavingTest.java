package io.brigade.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.brigade.app.concurrent.DaemonThreads;
import io.brigade.app.concurrent.ExecutorBackgroundTasks;
import io.brigade.app.edit.SceneSaver;
import io.brigade.app.files.RecentFilesStore;
import io.brigade.app.files.SceneLoader;
import io.brigade.app.render.InMemoryRenderPreferencesStore;
import io.brigade.app.render.RenderJobs;
import io.brigade.app.testing.SampleScenes;
import io.brigade.app.testing.SynchronousPreviews;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** Picks run on their own thread: a click in the preview is answered while a save still holds the scene files thread. */
class PickWhileSavingTest {

    /** Generous: the suite runs on a loaded two-core machine; nothing here should take more than a moment. */
    private static final long NO_HANG_SECONDS = 30;

    private final CountDownLatch saveStarted = new CountDownLatch(1);
    private final CountDownLatch saveMayFinish = new CountDownLatch(1);
    private final SceneSaver slowSaver = (scene, file) -> {
        saveStarted.countDown();
        try {
            if (!saveMayFinish.await(NO_HANG_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never let the save finish");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("save interrupted", e);
        }
        SceneSaver.standard().save(scene, file);
    };

    private final ExecutorService sceneFiles = Executors.newSingleThreadExecutor(new DaemonThreads("test-scene-files"));
    private final ExecutorService picking = Executors.newSingleThreadExecutor(new DaemonThreads("test-pick"));
    /** Stands in for the FX thread: what the background threads hand over runs when the test drains it. */
    private final BlockingQueue<Runnable> fxThread = new LinkedBlockingQueue<>();
    private final MainViewModel viewModel = new MainViewModel(SceneLoader.standard(), slowSaver,
            new ExecutorBackgroundTasks(sceneFiles, fxThread::add), new SynchronousPreviews(), RenderJobs.scheduler(),
            Runnable::run, new InMemoryRenderPreferencesStore(), RecentFilesStore.inMemory(),
            new ExecutorBackgroundTasks(picking, fxThread::add));

    @TempDir
    Path dir;

    @BeforeAll
    static void startFxToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stopThreads() throws InterruptedException {
        saveMayFinish.countDown();
        sceneFiles.shutdownNow();
        picking.shutdownNow();
        assertThat(sceneFiles.awaitTermination(NO_HANG_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(picking.awaitTermination(NO_HANG_SECONDS, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aClickIsPickedWhileASaveIsStillWriting() throws InterruptedException {
        viewModel.viewport().areaResized(320, 180);
        viewModel.files().openScene(SampleScenes.TEAPOT_TURNTABLE);
        runFxUntil(() -> viewModel.sceneProperty().get() != null);
        int teapot = viewModel.sceneProperty().get().indexOfObject("teapot");
        Path target = dir.resolve("copy.scene.json");
        viewModel.files().saveAs(target);
        assertThat(saveStarted.await(NO_HANG_SECONDS, TimeUnit.SECONDS)).isTrue();

        viewModel.viewport().click(0.5, 0.5);
        runFxUntil(() -> viewModel.outliner().selectedObjectProperty().get() == teapot);

        assertThat(saveMayFinish.getCount()).isEqualTo(1); // the save is still blocked
        assertThat(target).doesNotExist();
        saveMayFinish.countDown();
        runFxUntil(() -> viewModel.statusTextProperty().get().startsWith("Saved "));
        assertThat(target).isRegularFile();
    }

    /** Runs what the background threads hand to the FX thread, in order, until {@code done} holds. */
    private void runFxUntil(BooleanSupplier done) throws InterruptedException {
        while (!done.getAsBoolean()) {
            Runnable next = fxThread.poll(NO_HANG_SECONDS, TimeUnit.SECONDS);
            assertThat(next).as("a hand-over to the FX thread").isNotNull();
            next.run();
        }
    }
}
