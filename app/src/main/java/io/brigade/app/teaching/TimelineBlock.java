package io.brigade.app.teaching;

import java.util.Objects;

/**
 * One piece of work drawn on the worker timeline: a frame or tile rendered, a frame encoded or written, or a wait.
 *
 * @param lane       the lane it is drawn in (see {@link TimelineRun#lanes()})
 * @param frame      the frame it belongs to, which gives its colour; -1 for none
 * @param label      such as "frame 12", "frame 12 tile 3/8", "encode frame 12" or "write frame 12"
 * @param startNanos {@link System#nanoTime()} readings; a running block ends at the run's end
 * @param running    still in progress when the run was sampled
 * @param outcome    the engine's outcome ("rendered", "encoded", "written", "cancelled", "failed") or empty
 */
public record TimelineBlock(int lane, Kind kind, int frame, String label, long startNanos, long endNanos,
                            boolean running, String outcome) {

    /** What the thread was doing. */
    public enum Kind {
        /** Rendering a frame or one of its tiles. */
        RENDER,
        /** Encoding a finished frame (PNG) on the worker that rendered it. */
        ENCODE,
        /** Writing a finished frame to its file. */
        WRITE,
        /** A worker waiting for room in the output queue. */
        WAIT,
        /** The UI thread blocked, waiting for workers to finish. */
        BLOCKED
    }

    public TimelineBlock {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(outcome, "outcome");
        if (endNanos < startNanos) {
            throw new IllegalArgumentException(label + " ends before it starts");
        }
    }

    public long durationNanos() {
        return endNanos - startNanos;
    }

    /** Cancelled or failed work, drawn faded. */
    public boolean isAbandoned() {
        return outcome.equals("cancelled") || outcome.equals("failed");
    }
}
