package io.brigade.app.teaching;

import java.util.List;

/** How many threads were working on frames over time, derived from a run's render and encode blocks. */
public final class BusyWorkers {

    private BusyWorkers() {
    }

    /**
     * The average number of threads rendering or encoding in each of {@code buckets} equal slices of
     * {@code from..to}: 2.5 means two threads worked all through the slice and a third for half of it.
     */
    public static double[] sample(List<TimelineBlock> blocks, long from, long to, int buckets) {
        if (buckets < 1 || to <= from) {
            return new double[Math.max(0, buckets)];
        }
        double[] busy = new double[buckets];
        for (TimelineBlock block : blocks) {
            if (block.kind() == TimelineBlock.Kind.RENDER || block.kind() == TimelineBlock.Kind.ENCODE) {
                TimeBuckets.add(busy, from, to, block.startNanos(), block.endNanos(), 1);
            }
        }
        return busy;
    }

    /** The average number of threads rendering or encoding over {@code from..to}. */
    public static double average(List<TimelineBlock> blocks, long from, long to) {
        return to <= from ? 0 : sample(blocks, from, to, 1)[0];
    }
}
