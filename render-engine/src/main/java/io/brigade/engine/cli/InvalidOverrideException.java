package io.brigade.engine.cli;

/** A command-line override (size, frames, anti-aliasing) that the scene's settings cannot take. */
final class InvalidOverrideException extends IllegalArgumentException {
    InvalidOverrideException(String message, Throwable cause) {
        super(message, cause);
    }
}
