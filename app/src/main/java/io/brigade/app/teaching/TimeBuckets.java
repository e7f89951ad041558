package io.brigade.app.teaching;

/** Spreads spans of time over equal slices of a chart's time axis, as the CPU chart draws them. */
final class TimeBuckets {

    private TimeBuckets() {
    }

    /**
     * Adds {@code weight} to each of the {@code buckets.length} equal slices of {@code from..to}, in proportion to
     * how much of the slice {@code start..end} covers. Needs at least one bucket and {@code from < to}.
     */
    static void add(double[] buckets, long from, long to, long start, long end, double weight) {
        int count = buckets.length;
        double width = (double) (to - from) / count;
        long clippedStart = Math.max(from, start);
        long clippedEnd = Math.min(to, end);
        if (clippedEnd <= clippedStart) {
            return;
        }
        int first = (int) Math.min(count - 1, (clippedStart - from) / width);
        int last = (int) Math.min(count - 1, (clippedEnd - from) / width);
        for (int bucket = first; bucket <= last; bucket++) {
            double bucketStart = from + bucket * width;
            double overlap = Math.min(clippedEnd, bucketStart + width) - Math.max(clippedStart, bucketStart);
            buckets[bucket] += Math.max(0, overlap) / width * weight;
        }
    }
}
