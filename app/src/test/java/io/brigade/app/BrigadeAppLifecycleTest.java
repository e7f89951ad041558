package io.brigade.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.brigade.app.testing.OpenStages;
import io.brigade.app.testing.SampleScenes;
import io.brigade.app.viewport.PreviewRenderThread;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
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

    private static final long NO_HANG_MILLIS = 30_000;
    /** The engine names each job's coordinating thread so; it is no daemon and would outlive the window. */
    private static final String RENDER_JOB_THREAD = "brigade-job-";

    private Stage stage;
    private Application app;
    /**
     * The threads alive before the launch: an application an earlier test closed (here or in another class
     * of this JVM) stops its threads without waiting for them, so one of the same name may still be ending.
     */
    private Set<Thread> before;

    @BeforeEach
    void launch() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        before = Set.copyOf(Thread.getAllStackTraces().keySet());
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
        assertThat(renderThreads).noneMatch(Thread::isAlive);
    }

    @Test
    void closingTheWindowStopsARenderInProgress(@TempDir Path dir) throws Exception {
        MainViewModel viewModel = ((BrigadeApp) app).viewModel();
        FxRobot robot = new FxRobot();
        robot.interact(() -> viewModel.files().openScene(SampleScenes.TEAPOT_TURNTABLE));
        WaitForAsyncUtils.waitFor(NO_HANG_MILLIS, TimeUnit.MILLISECONDS, () -> viewModel.sceneProperty().get() != null);
        robot.interact(() -> viewModel.renderAnimation(dir.resolve("frames")));
        List<Thread> jobThreads = threadsStartingWith(RENDER_JOB_THREAD);
        assertThat(jobThreads).isNotEmpty();

        robot.interact(stage::close);

        WaitForAsyncUtils.waitFor(NO_HANG_MILLIS, TimeUnit.MILLISECONDS,
                () -> jobThreads.stream().noneMatch(Thread::isAlive));
    }

    @Test
    void picksRunOnTheirOwnDaemonThreadWhichEndsWithTheWindow() throws Exception {
        MainViewModel viewModel = ((BrigadeApp) app).viewModel();
        FxRobot robot = new FxRobot();
        robot.interact(() -> viewModel.files().openScene(SampleScenes.TEAPOT_TURNTABLE));
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
        assertThat(pickThreads).noneMatch(Thread::isAlive);
    }

    /** Threads of this test's application: started since its launch. */
    private List<Thread> threadsStartingWith(String prefix) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith(prefix) && thread.isAlive() && !before.contains(thread))
                .collect(Collectors.toList());
    }

    private List<Thread> threadsNamed(String name) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals(name) && thread.isAlive() && !before.contains(thread))
                .collect(Collectors.toList());
    }
}
