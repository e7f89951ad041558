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
        for (CpuUse use : uses) {
            TimeBuckets.add(busy, from, to, use.startNanos(), use.endNanos(), use.busyCores());
        }
        return busy;
    }

    /** The average busy cores over {@code from..to}. */
    public static double average(List<CpuUse> uses, long from, long to) {
        return to <= from ? 0 : sample(uses, from, to, 1)[0];
    }
}
