package io.brigade.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.brigade.app.viewport.PreviewRenderThread;
import java.util.List;
import java.util.stream.Collectors;
import javafx.application.Application;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The real application, as launched: its background threads end when its window closes. */
class BrigadeAppLifecycleTest {

    private static final long NO_HANG_MILLIS = 10_000;

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

    private static List<Thread> threadsNamed(String name) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals(name) && thread.isAlive())
                .collect(Collectors.toList());
    }
}
