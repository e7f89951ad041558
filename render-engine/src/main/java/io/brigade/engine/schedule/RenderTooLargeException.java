package io.brigade.engine.schedule;

/** A job refused before it starts because it would not fit in memory; the message says why and what to change. */
public final class RenderTooLargeException extends IllegalArgumentException {

    public RenderTooLargeException(String message) {
        super(message);
    }
}
