package io.brigade.app.chrome;

import io.brigade.engine.io.FileProblems;
import java.util.List;
import java.util.Objects;

/**
 * Something to tell the user: a one-line summary and the details that locate it. An error says what
 * failed; a {@code warning} says what worked but not wholly (a model that loaded without its materials).
 */
public record Problem(String summary, String detail, boolean warning) {

    public Problem {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(detail, "detail");
    }

    /** An error. */
    public Problem(String summary, String detail) {
        this(summary, detail, false);
    }

    /**
     * The failure in the same words the command line uses ({@link FileProblems}: "no space left on device",
     * "permission denied" with the visible path), never blank.
     */
    public static Problem of(String summary, Throwable cause) {
        String message = FileProblems.describe(cause);
        return new Problem(summary, message == null || message.isBlank() ? cause.toString() : message);
    }

    /** A warning listing {@code lines}, one per line, each naming its file and line. */
    public static Problem warning(String summary, List<String> lines) {
        return new Problem(summary, String.join("\n", lines), true);
    }
}
