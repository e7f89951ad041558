package io.brigade.app.concurrent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

class ExecutorBackgroundTasksTest {

    /** Keeps tasks until the test runs them, so the test sees which executor got which step. */
    private static final class HeldTasks implements Executor {
        final Queue<Runnable> tasks = new ArrayDeque<>();

        @Override
        public void execute(Runnable task) {
            tasks.add(task);
        }

        void runNext() {
            tasks.remove().run();
        }
    }

    private final HeldTasks background = new HeldTasks();
    private final HeldTasks fxThread = new HeldTasks();
    private final List<String> events = new ArrayList<>();
    private final BackgroundTasks tasks = new ExecutorBackgroundTasks(background, fxThread);

    @Test
    void runsTheWorkInTheBackgroundAndTheResultOnTheFxThread() {
        tasks.run(() -> {
            events.add("work");
            return 42;
        }, result -> events.add("success " + result), failure -> events.add("failure " + failure));

        assertThat(fxThread.tasks).isEmpty();
        background.runNext();
        assertThat(events).containsExactly("work");
        fxThread.runNext();
        assertThat(events).containsExactly("work", "success 42");
    }

    @Test
    void handsWhatTheWorkThrewToTheFailureCallbackOnTheFxThread() {
        IOException problem = new IOException("disk gone");
        List<Exception> failures = new ArrayList<>();

        tasks.run(() -> {
            throw problem;
        }, result -> events.add("success"), failures::add);
        background.runNext();

        assertThat(failures).isEmpty();
        fxThread.runNext();
        assertThat(failures).containsExactly(problem);
        assertThat(events).isEmpty();
    }
}
