package io.brigade.engine.schedule;

/**
 * One worker count of a scaling measurement.
 *
 * @param speedup    wall time with one worker divided by wall time with {@code workers}
 * @param efficiency speedup per worker: 1 is perfect scaling
 */
public record ScalingRow(int workers, double wallSeconds, double framesPerSecond, double speedup, double efficiency) {

    /** A row from a measured wall time and the one-worker wall time it is compared with. */
    public static ScalingRow of(int workers, double wallSeconds, int frames, double oneWorkerWallSeconds) {
        if (workers < 1 || !(wallSeconds > 0) || !(oneWorkerWallSeconds > 0)) {
            throw new IllegalArgumentException("need workers >= 1 and positive wall times, got " + workers
                    + " workers, " + wallSeconds + " s, " + oneWorkerWallSeconds + " s with one worker");
        }
        double speedup = oneWorkerWallSeconds / wallSeconds;
        return new ScalingRow(workers, wallSeconds, frames / wallSeconds, speedup, speedup / workers);
    }
}
