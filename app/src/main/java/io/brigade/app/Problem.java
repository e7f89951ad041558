package io.brigade.app;

import java.util.Objects;

/** Something that went wrong, told to the user: a one-line summary and the details that locate it. */
public record Problem(String summary, String detail) {

    public Problem {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(detail, "detail");
    }

    /** The exception's message, or its type when it has none, so that the detail is never blank. */
    public static Problem of(String summary, Throwable cause) {
        String message = cause.getMessage();
        return new Problem(summary, message == null || message.isBlank() ? cause.toString() : message);
    }
}
