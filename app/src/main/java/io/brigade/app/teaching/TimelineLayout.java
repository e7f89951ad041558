package io.brigade.app.teaching;

import java.util.List;
import java.util.Optional;

/**
 * Where the worker timeline draws what: runs stacked top to bottom, each a header and its lanes; one time
 * axis at the bottom shared by all runs, each run's time counted from its own start. Also finds the block
 * under a point, for the hover card. The sizes below are the normal look's; a scale enlarges them all for
 * presentation mode's larger type.
 */
final class TimelineLayout {

    static final double LABEL_WIDTH = 150;
    static final double RIGHT_PAD = 16;
    static final double AXIS_HEIGHT = 28;
    static final double HEADER_HEIGHT = 22;
    static final double MIN_LANE = 14;
    static final double MAX_LANE = 34;

    /** A block and the run it belongs to. */
    record Hit(TimelineRun run, TimelineBlock block) {
    }

    private final List<TimelineRun> runs;
    private final double width;
    private final double scale;
    private final double laneHeight;
    private final long spanNanos;

    /** @param nowNanos where running runs end; finished runs end at their last block */
    TimelineLayout(List<TimelineRun> runs, double width, double height, long nowNanos) {
        this(runs, width, height, nowNanos, 1);
    }

    /** @param scale the sizes against the normal look's */
    TimelineLayout(List<TimelineRun> runs, double width, double height, long nowNanos, double scale) {
        this.runs = List.copyOf(runs);
        this.width = width;
        this.scale = scale;
        int lanes = runs.stream().mapToInt(TimelineRun::laneCount).sum();
        double free = height - axisHeight() - headerHeight() * runs.size();
        // Lanes shrink to the normal look's least before the axis falls off the bottom.
        this.laneHeight = lanes == 0 ? MAX_LANE * scale
                : Math.max(MIN_LANE, Math.min(MAX_LANE * scale, free / lanes));
        this.spanNanos = Math.max(1_000_000, runs.stream().mapToLong(run -> end(run, nowNanos) - run.originNanos())
                .max().orElse(0));
    }

    static long end(TimelineRun run, long nowNanos) {
        return run.running() ? Math.max(run.endNanos(), nowNanos) : run.endNanos();
    }

    double headerHeight() {
        return HEADER_HEIGHT * scale;
    }

    double axisHeight() {
        return AXIS_HEIGHT * scale;
    }

    double laneHeight() {
        return laneHeight;
    }

    /** The time the axis spans, the longest run's. */
    long spanNanos() {
        return spanNanos;
    }

    double plotLeft() {
        return LABEL_WIDTH * scale;
    }

    double plotRight() {
        return Math.max(plotLeft() + 1, width - RIGHT_PAD * scale);
    }

    /** The x of {@code nanos} after the start of its run. */
    double x(long nanosFromStart) {
        return plotLeft() + (plotRight() - plotLeft()) * nanosFromStart / spanNanos;
    }

    /** The top of run {@code index}'s header. */
    double runTop(int index) {
        double y = 0;
        for (int i = 0; i < index; i++) {
            y += headerHeight() + runs.get(i).laneCount() * laneHeight;
        }
        return y;
    }

    double laneTop(int runIndex, int lane) {
        return runTop(runIndex) + headerHeight() + lane * laneHeight;
    }

    /** Where the axis starts: below the last run. */
    double axisTop() {
        return runTop(runs.size());
    }

    Optional<Hit> hit(double px, double py, long nowNanos) {
        for (int r = 0; r < runs.size(); r++) {
            TimelineRun run = runs.get(r);
            int lane = (int) Math.floor((py - runTop(r) - headerHeight()) / laneHeight);
            if (py < runTop(r) + headerHeight() || lane >= run.laneCount()) {
                continue;
            }
            for (TimelineBlock block : run.blocks()) {
                long end = block.running() ? end(run, nowNanos) : block.endNanos();
                if (block.lane() == lane && px >= x(block.startNanos() - run.originNanos()) - 1
                        && px <= x(end - run.originNanos()) + 1) {
                    return Optional.of(new Hit(run, block));
                }
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** A tick step of 1, 2 or 5 times a power of ten seconds giving about {@code wanted} ticks. */
    static double tickSeconds(double spanSeconds, int wanted) {
        double raw = spanSeconds / Math.max(1, wanted);
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (step * power >= raw) {
                return step * power;
            }
        }
        return 10 * power;
    }
}
