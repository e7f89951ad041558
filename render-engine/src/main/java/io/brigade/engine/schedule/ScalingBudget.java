package io.brigade.engine.schedule;

/**
 * How long and how often a {@link ScalingBenchmark} measures each worker count. A point renders whole passes
 * over the chosen frames until it has lasted at least {@code minSecondsPerPoint} and given every worker at least
 * {@code minFramesPerWorker} frames, whichever is longer; it is measured {@code repetitions} times and the
 * median kept. Before the first point the renderer runs for {@code warmUpSeconds} so the JIT has compiled it.
 *
 * @param rough true for a preset too short to trust, so the report says so
 */
public record ScalingBudget(double minSecondsPerPoint, int minFramesPerWorker, int repetitions, double warmUpSeconds,
                            boolean rough) {

    /** Long enough that the noise of a shared machine averages out: about 3 s a point, median of 3. */
    public static final ScalingBudget STANDARD = new ScalingBudget(3, 4, 3, 2, false);
    /** A quick look: one short run a point. Its figures are rough. */
    public static final ScalingBudget QUICK = new ScalingBudget(0.5, 1, 1, 0.5, true);

    public ScalingBudget {
        if (!(minSecondsPerPoint >= 0) || minFramesPerWorker < 1 || repetitions < 1 || !(warmUpSeconds >= 0)) {
            throw new IllegalArgumentException("need seconds >= 0, frames per worker >= 1 and repetitions >= 1, got "
                    + minSecondsPerPoint + " s, " + minFramesPerWorker + " frames per worker, " + repetitions
                    + " repetitions, " + warmUpSeconds + " s warm-up");
        }
    }

    /** This budget measured {@code count} times a point. */
    public ScalingBudget withRepetitions(int count) {
        return new ScalingBudget(minSecondsPerPoint, minFramesPerWorker, count, warmUpSeconds, rough);
    }

    /**
     * The frames a point with {@code workers} renders: whole passes over {@code rangeFrames}, enough for the
     * budget when one frame takes {@code framesSeconds} of one worker's time and {@code cores} can run at once.
     */
    public int framesFor(int workers, int cores, int rangeFrames, double frameSeconds) {
        double wallPerFrame = frameSeconds / Math.min(workers, cores);
        double byTime = wallPerFrame > 0 ? Math.ceil(minSecondsPerPoint / wallPerFrame) : 0;
        double needed = Math.max((double) minFramesPerWorker * workers, byTime);
        long passes = Math.max(1, (long) Math.ceil(needed / rangeFrames));
        long mostPasses = Math.max(1, RenderRequest.MAX_FRAMES / rangeFrames);
        return (int) (Math.min(passes, mostPasses) * rangeFrames);
    }
}
