package io.brigade.engine.schedule;

import io.brigade.engine.io.FileProblems;

import java.io.IOException;
import java.util.OptionalInt;

/** Why a render job failed: the frame it failed at, when there is one, and the cause. */
public final class RenderJobException extends Exception {

    private final int frame;

    private RenderJobException(int frame, String message, Throwable cause) {
        super(message, cause);
        this.frame = frame;
    }

    /** A failure at {@code frame}: the message reads {@code frame 12: <what>: <cause>}. */
    public static RenderJobException atFrame(int frame, String what, Throwable cause) {
        return new RenderJobException(frame, "frame " + frame + ": " + what + ": " + describe(cause), cause);
    }

    /** A failure of the job as a whole, not tied to one frame. */
    public static RenderJobException ofJob(String what, Throwable cause) {
        return new RenderJobException(-1, cause == null ? what : what + ": " + describe(cause), cause);
    }

    /** File failures in the user's words (see {@link FileProblems}); anything else with its type, as a bug. */
    private static String describe(Throwable cause) {
        if (cause instanceof IOException) {
            return FileProblems.describe(cause);
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName()
                : cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    /** The frame that failed, if the failure belongs to one. */
    public OptionalInt frame() {
        return frame < 0 ? OptionalInt.empty() : OptionalInt.of(frame);
    }
}
