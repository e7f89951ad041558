package io.brigade.engine.schedule;

import java.util.concurrent.atomic.AtomicBoolean;

/** A cooperative cancellation flag handed to work that checks it between bands of pixels. */
public final class CancellationToken {

    /** A token that is never cancelled. */
    public static final CancellationToken NONE = new CancellationToken();

    private final AtomicBoolean cancelled = new AtomicBoolean();

    public void cancel() {
        if (this == NONE) {
            throw new IllegalStateException("the NONE token cannot be cancelled");
        }
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /** Throws {@link RenderCancelledException} if cancelled. */
    public void throwIfCancelled() {
        if (cancelled.get()) {
            throw new RenderCancelledException();
        }
    }
}
