package io.brigade.engine.schedule;

/**
 * Hears which run a {@link ScalingBenchmark} is about to start, on the thread that called
 * {@link ScalingBenchmark#run}; it should return quickly (post the news on, don't do work).
 */
@FunctionalInterface
public interface ScalingListener {

    ScalingListener NONE = step -> { };

    /** {@code step} is about to run. */
    void runStarting(Step step);

    /**
     * One run of the benchmark.
     *
     * @param index   0 for the first run (the warm-up), up to {@code count - 1}
     * @param count   all runs, the warm-up included
     * @param workers the worker count this run measures
     * @param warmUp  true for the run that only warms up the JIT and is not measured
     */
    record Step(int index, int count, int workers, boolean warmUp) {
    }
}
