package io.brigade.engine.schedule;

/** Thrown out of a render when its {@link CancellationToken} was cancelled; not an error. */
public final class RenderCancelledException extends RuntimeException {
    public RenderCancelledException() {
        super("render cancelled", null, false, false);
    }
}
