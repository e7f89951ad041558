package io.brigade.engine.schedule;

/**
 * How long rendering and writing a range of frames will take, from {@link FrameCostSamples}, and the range it
 * likely falls in. The frames' CPU costs are played through {@link RenderScheduleModel} for the workers and the
 * cores; the other programs' busy threads, which take turns on the cores with the render, are judged from how
 * much of a core the probe got and how busy the machine was meanwhile. The range widens with the spread of the
 * sampled frames and with half a busy thread more or less from other programs.
 *
 * @param nanos     the expected time
 * @param lowNanos  the short end of the likely range
 * @param highNanos the long end of the likely range
 */
public record RenderTimeEstimate(long nanos, long lowNanos, long highNanos) {

    /** Below this, machine noise and scheduling matter more than the frames' differences. */
    public static final double LEAST_ERROR = 0.10;
    /** The most the frames' spread widens the range by, either way. */
    static final double MOST_ERROR = 0.75;
    /** A probe thread that got less of a core than this shared the cores with other busy threads. */
    static final double SATURATED_SHARE = 0.9;
    /** How many other busy threads more or fewer the range allows for. */
    static final double OTHERS_SPREAD = 0.5;

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
        double others = otherBusyThreads(costs.cpuShare(), costs.machineLoad(), cores);
        double error = Math.min(MOST_ERROR, Math.max(LEAST_ERROR, costs.relativeError()));
        double expected = time(cpu, store, workers, cores, others, costs.tiled());
        double low = time(cpu, store, workers, cores, Math.max(0, others - OTHERS_SPREAD), costs.tiled());
        double high = time(cpu, store, workers, cores, others + OTHERS_SPREAD, costs.tiled());
        return new RenderTimeEstimate(Math.round(expected), Math.round(Math.min(expected, low * (1 - error))),
                Math.round(Math.max(expected, high * (1 + error))));
    }

    /**
     * The other programs' busy threads: a probe thread that got a share {@code s} of a core below
     * {@link #SATURATED_SHARE} took turns with {@code cores / s - 1} others; one that got a whole core leaves
     * what the machine's load says beyond the probe itself (0 where the load is unknown).
     */
    static double otherBusyThreads(double share, double machineLoad, int cores) {
        if (share < SATURATED_SHARE) {
            return cores / Math.max(share, 1e-3) - 1;
        }
        if (Double.isNaN(machineLoad)) {
            return 0;
        }
        return Math.max(0, machineLoad * cores - share);
    }

    private static double time(double[] cpu, double[] store, int workers, int cores, double others, boolean tiled) {
        return workers == 1 ? RenderScheduleModel.oneWorkerNanos(cpu, store, cores, others)
                : RenderScheduleModel.jobNanos(cpu, store, workers, cores, others, tiled);
    }

    /** The expected time's uncertainty either way as a whole percentage of it, the larger side. */
    public long errorPercent() {
        return nanos == 0 ? 0 : Math.round(100.0 * Math.max(highNanos - nanos, nanos - lowNanos) / nanos);
    }
}
