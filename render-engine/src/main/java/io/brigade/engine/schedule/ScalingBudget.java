package io.brigade.engine.schedule;

import java.util.Collection;

/**
 * How long and how often a {@link ScalingBenchmark} measures each worker count. Every point renders the same
 * frames (the chosen range, gone round again where it is too short), enough that each point lasts at least
 * {@code minSecondsPerPoint} and gives every worker at least {@code minFramesPerWorker} frames, whichever is
 * longer; each is measured {@code repetitions} times and the median kept. Before the first point the renderer
 * runs for {@code warmUpSeconds} so the JIT has compiled it.
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
     * The frames every point renders: enough for the budget at each of {@code counts} when one frame takes
     * {@code frameSeconds} of one worker's time and {@code cores} can run at once; never fewer than the range
     * holds, nor more than a job may render.
     */
    public int framesFor(Collection<Integer> counts, int cores, int rangeFrames, double frameSeconds) {
        double needed = rangeFrames;
        for (int workers : counts) {
            double wallPerFrame = frameSeconds / Math.min(workers, cores);
            double byTime = wallPerFrame > 0 ? Math.ceil(minSecondsPerPoint / wallPerFrame) : 0;
            needed = Math.max(needed, Math.max((double) minFramesPerWorker * workers, byTime));
        }
        return (int) Math.min(needed, Math.max(rangeFrames, RenderRequest.MAX_FRAMES));
    }
}
