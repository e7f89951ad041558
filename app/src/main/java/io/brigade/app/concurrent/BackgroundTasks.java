package io.brigade.app.concurrent;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work away from the FX thread and reports its outcome back on the FX thread. View models take one
 * through their constructor, so tests can hand them a synchronous one (JabRef's {@code TaskExecutor} idea).
 */
public interface BackgroundTasks {

    /**
     * Runs {@code work} in the background; then exactly one of {@code onSuccess} (with its result) or
     * {@code onFailure} (with what it threw) runs on the FX thread.
     */
    <T> void run(Callable<? extends T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure);
}
