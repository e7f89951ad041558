package io.brigade.app.teaching;

import java.util.List;

/** Busy cores over time from a run's CPU samples, in the buckets the CPU chart draws. */
public final class BusyCores {

    private BusyCores() {
    }

    /**
     * The average busy cores in each of {@code buckets} equal slices of {@code from..to}, weighting each sample by
     * how much of the slice it covers; a slice no sample covers is 0.
     */
    public static double[] sample(List<CpuUse> uses, long from, long to, int buckets) {
        double[] busy = new double[Math.max(0, buckets)];
        if (buckets < 1 || to <= from) {
            return busy;
        }
        double width = (double) (to - from) / buckets;
        for (CpuUse use : uses) {
            long start = Math.max(from, use.startNanos());
            long end = Math.min(to, use.endNanos());
            if (end <= start) {
                continue;
            }
            int first = (int) Math.min(buckets - 1, (start - from) / width);
            int last = (int) Math.min(buckets - 1, (end - from) / width);
            for (int bucket = first; bucket <= last; bucket++) {
                double bucketStart = from + bucket * width;
                double overlap = Math.min(end, bucketStart + width) - Math.max(start, bucketStart);
                busy[bucket] += Math.max(0, overlap) / width * use.busyCores();
            }
        }
        return busy;
    }

    /** The average busy cores over {@code from..to}. */
    public static double average(List<CpuUse> uses, long from, long to) {
        return to <= from ? 0 : sample(uses, from, to, 1)[0];
    }
}
