package io.brigade.app.concurrent;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * {@link BackgroundTasks} over two executors: one for the work, one that runs the outcome on the FX
 * thread ({@code Platform::runLater} in the app). Passing {@code Runnable::run} for both runs everything
 * on the caller's thread, as view model tests do.
 */
public final class ExecutorBackgroundTasks implements BackgroundTasks {

    private final Executor background;
    private final Executor fxThread;

    public ExecutorBackgroundTasks(Executor background, Executor fxThread) {
        this.background = Objects.requireNonNull(background, "background");
        this.fxThread = Objects.requireNonNull(fxThread, "fxThread");
    }

    @Override
    public <T> void run(Callable<? extends T> work, Consumer<? super T> onSuccess,
                        Consumer<? super Exception> onFailure) {
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(onSuccess, "onSuccess");
        Objects.requireNonNull(onFailure, "onFailure");
        background.execute(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                fxThread.execute(() -> onFailure.accept(e));
                return;
            }
            fxThread.execute(() -> onSuccess.accept(result));
        });
    }
}
