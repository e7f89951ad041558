package io.brigade.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.brigade.app.testing.OpenStages;
import io.brigade.app.testing.SampleScenes;
import io.brigade.app.viewport.PreviewRenderThread;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.application.Application;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real application, as launched: its background threads, a render's included, end when its window closes. */
class BrigadeAppLifecycleTest {

    private static final long NO_HANG_MILLIS = 10_000;
    /** The engine names each job's coordinating thread so; it is no daemon and would outlive the window. */
    private static final String RENDER_JOB_THREAD = "brigade-job-";

    private Stage stage;
    private Application app;

    @BeforeEach
    void launch() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(BrigadeApp.class);
    }

    @AfterEach
    void cleanUp() throws Exception {
        FxToolkit.cleanupApplication(app);
        OpenStages.closeAllBut(stage);
    }

    @Test
    void closingTheWindowEndsTheRenderThread() throws InterruptedException {
        List<Thread> renderThreads = threadsNamed(PreviewRenderThread.THREAD_NAME);
        assertThat(renderThreads).hasSize(1).allMatch(Thread::isDaemon);

        new FxRobot().interact(stage::close);

        for (Thread thread : renderThreads) {
            thread.join(NO_HANG_MILLIS);
        }
        assertThat(threadsNamed(PreviewRenderThread.THREAD_NAME)).isEmpty();
    }

    @Test
    void closingTheWindowStopsARenderInProgress(@TempDir Path dir) throws Exception {
        MainViewModel viewModel = ((BrigadeApp) app).viewModel();
        FxRobot robot = new FxRobot();
        robot.interact(() -> viewModel.openScene(SampleScenes.TEAPOT_TURNTABLE));
        WaitForAsyncUtils.waitFor(NO_HANG_MILLIS, TimeUnit.MILLISECONDS, () -> viewModel.sceneProperty().get() != null);
        robot.interact(() -> viewModel.renderAnimation(dir.resolve("frames")));
        assertThat(threadsStartingWith(RENDER_JOB_THREAD)).isNotEmpty();

        robot.interact(stage::close);

        WaitForAsyncUtils.waitFor(NO_HANG_MILLIS, TimeUnit.MILLISECONDS,
                () -> threadsStartingWith(RENDER_JOB_THREAD).isEmpty());
    }

    @Test
    void picksRunOnTheirOwnDaemonThreadWhichEndsWithTheWindow() throws Exception {
        MainViewModel viewModel = ((BrigadeApp) app).viewModel();
        FxRobot robot = new FxRobot();
        robot.interact(() -> viewModel.openScene(SampleScenes.TEAPOT_TURNTABLE));
        WaitForAsyncUtils.waitFor(NO_HANG_MILLIS, TimeUnit.MILLISECONDS,
                () -> viewModel.viewport().imageProperty().get() != null);
        int teapot = viewModel.sceneProperty().get().indexOfObject("teapot");

        robot.interact(() -> viewModel.viewport().click(0.5, 0.5));
        WaitForAsyncUtils.waitFor(NO_HANG_MILLIS, TimeUnit.MILLISECONDS,
                () -> viewModel.outliner().selectedObjectProperty().get() == teapot);
        List<Thread> pickThreads = threadsNamed(BrigadeApp.PICK_THREAD);
        assertThat(pickThreads).hasSize(1).allMatch(Thread::isDaemon);

        robot.interact(stage::close);

        for (Thread thread : pickThreads) {
            thread.join(NO_HANG_MILLIS);
        }
        assertThat(threadsNamed(BrigadeApp.PICK_THREAD)).isEmpty();
    }

    private static List<Thread> threadsStartingWith(String prefix) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith(prefix) && thread.isAlive())
                .collect(Collectors.toList());
    }

    private static List<Thread> threadsNamed(String name) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals(name) && thread.isAlive())
                .collect(Collectors.toList());
    }
}
