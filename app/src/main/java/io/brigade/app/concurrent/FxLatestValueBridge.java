package io.brigade.app.concurrent;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Hands values from any thread to a consumer on the FX thread without flooding its queue: at most one
 * delivery is pending at a time, and a delivery passes on the newest value posted before it ran. Values
 * posted in between are dropped, which is what a display of "the latest state" wants (a preview frame,
 * a progress figure), not what a log wants.
 */
public final class FxLatestValueBridge<T> {

    private final Executor fxThread;
    private final Consumer<? super T> consumer;
    private final AtomicReference<T> latest = new AtomicReference<>();
    private final AtomicBoolean deliveryPending = new AtomicBoolean();

    /** Delivers on the FX thread through {@link Platform#runLater}. */
    public FxLatestValueBridge(Consumer<? super T> consumer) {
        this(Platform::runLater, consumer);
    }

    /** Delivers through {@code fxThread}, which must run tasks one at a time in order (tests pass their own). */
    public FxLatestValueBridge(Executor fxThread, Consumer<? super T> consumer) {
        this.fxThread = Objects.requireNonNull(fxThread, "fxThread");
        this.consumer = Objects.requireNonNull(consumer, "consumer");
    }

    /** Makes {@code value} the one to deliver next, replacing any not delivered yet. Safe from any thread. */
    public void post(T value) {
        latest.set(Objects.requireNonNull(value, "value"));
        if (deliveryPending.compareAndSet(false, true)) {
            fxThread.execute(this::deliver);
        }
    }

    private void deliver() {
        // Cleared before taking the value: a post from now on schedules a new delivery, so none is lost.
        deliveryPending.set(false);
        T value = latest.getAndSet(null);
        if (value != null) {
            consumer.accept(value);
        }
    }
}
