package io.brigade.engine.schedule;

import java.util.Map;
import java.util.Objects;

/**
 * One piece of work on one thread: {@code frame 12}, {@code frame 12 tile 3/16}, {@code encode frame 12},
 * {@code write frame 12} or a worker's {@code output queue full} wait.
 *
 * @param category {@code render}, {@code encode}, {@code write} or {@code wait}
 * @param args     details shown when the span is selected (frame, tile, region, outcome, path); values are
 *                 strings or numbers
 */
public record TraceSpan(String name, String category, String thread, long startNanos, long durationNanos,
                        Map<String, Object> args) {

    public TraceSpan {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(thread, "thread");
        if (durationNanos < 0) {
            throw new IllegalArgumentException("negative duration " + durationNanos + " for " + name);
        }
        args = Map.copyOf(args);
    }
}
