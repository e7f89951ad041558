package io.brigade.engine.schedule;

/**
 * One worker count of a scaling measurement: the median of its runs.
 *
 * @param frames         frames each run rendered (whole passes over the chosen range)
 * @param wallSeconds    the median run's wall time
 * @param speedup        frames per second with {@code workers} over frames per second with one worker
 * @param efficiency     speedup per worker: 1 is perfect scaling
 * @param spread         how far the runs differed: (fastest - slowest) / median frames per second; 0 for one run
 * @param oversubscribed more workers than cores, so they take turns; such rows are left out of the Amdahl fit
 * @param busyCores      the process's CPU time over wall time in its runs (median), NaN where not measured: below
 *                       the cores the workers could use, other programs had the cores part of the time
 */
public record ScalingRow(int workers, int frames, double wallSeconds, double framesPerSecond, double speedup,
                         double efficiency, double spread, boolean oversubscribed, double busyCores) {

    /**
     * A row from its runs' median frames per second, the one-worker median it is compared with, and the
     * machine's {@code cores}.
     */
    public static ScalingRow of(int workers, int frames, double framesPerSecond, double oneWorkerFramesPerSecond,
                                double spread, int cores) {
        if (workers < 1 || frames < 1 || !(framesPerSecond > 0) || !(oneWorkerFramesPerSecond > 0) || !(spread >= 0)
                || cores < 1) {
            throw new IllegalArgumentException("need workers, frames and cores >= 1, positive rates and a spread >= 0,"
                    + " got " + workers + " workers, " + frames + " frames, " + framesPerSecond + " and "
                    + oneWorkerFramesPerSecond + " frames/s, spread " + spread + ", " + cores + " cores");
        }
        double speedup = framesPerSecond / oneWorkerFramesPerSecond;
        return new ScalingRow(workers, frames, frames / framesPerSecond, framesPerSecond, speedup, speedup / workers,
                spread, workers > cores, Double.NaN);
    }

    /** This row with its runs' busy cores. */
    public ScalingRow withBusyCores(double cores) {
        return new ScalingRow(workers, frames, wallSeconds, framesPerSecond, speedup, efficiency, spread, oversubscribed,
                cores);
    }
}
