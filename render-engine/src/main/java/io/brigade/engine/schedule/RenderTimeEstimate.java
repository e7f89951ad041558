package io.brigade.engine.schedule;

/**
 * How long rendering and writing a range of frames will take, from {@link FrameCostSamples}, and the range it
 * likely falls in. The frames' CPU costs are played through {@link RenderScheduleModel} for the workers, on the
 * cores the probe's threads got (all of them on a quiet machine; on a busy one what the other programs left).
 * The range widens with how far the sampled frames stray from the line between them and with how busy the
 * machine was: other programs may start or stop meanwhile.
 *
 * @param nanos     the expected time
 * @param lowNanos  the short end of the likely range
 * @param highNanos the long end of the likely range
 */
public record RenderTimeEstimate(long nanos, long lowNanos, long highNanos) {

    /** Below this, machine noise and scheduling matter more than the frames' differences. */
    public static final double LEAST_ERROR = 0.10;
    /** The widest the range gets, either way. */
    static final double MOST_ERROR = 0.5;
    /** How much the range widens for each core share the other programs took from the probe's threads. */
    static final double BUSY_MACHINE_ERROR = 0.5;

    public RenderTimeEstimate {
        if (lowNanos > nanos || nanos > highNanos || lowNanos < 0) {
            throw new IllegalArgumentException("need 0 <= low <= expected <= high, got " + lowNanos + ", " + nanos
                    + ", " + highNanos);
        }
    }

    public static RenderTimeEstimate of(FrameCostSamples costs, int first, int last, int workers, int cores) {
        if (last < first || workers < 1 || cores < 1) {
            throw new IllegalArgumentException("need first <= last, workers >= 1 and cores >= 1, got " + first + "-"
                    + last + ", " + workers + ", " + cores);
        }
        int frames = last - first + 1;
        double[] cpu = new double[frames];
        double[] store = new double[frames];
        for (int i = 0; i < frames; i++) {
            cpu[i] = costs.cpuNanos(first + i);
            store[i] = costs.storeNanos(first + i);
        }
        double error = Math.min(MOST_ERROR, Math.max(LEAST_ERROR, costs.relativeError())
                + BUSY_MACHINE_ERROR * (1 - costs.leastShare()));
        double expected = workers == 1 ? RenderScheduleModel.oneWorkerNanos(cpu, store, costs.shareOf(1))
                : RenderScheduleModel.jobNanos(cpu, store, workers,
                        busy -> Math.min(cores, costs.coresFor(busy, cores)));
        return new RenderTimeEstimate(Math.round(expected), Math.round(expected * (1 - error)),
                Math.round(expected * (1 + error)));
    }

    /** The expected time's uncertainty either way as a whole percentage of it, the larger side. */
    public long errorPercent() {
        return nanos == 0 ? 0 : Math.round(100.0 * Math.max(highNanos - nanos, nanos - lowNanos) / nanos);
    }
}
