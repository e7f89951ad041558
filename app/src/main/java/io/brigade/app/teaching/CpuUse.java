package io.brigade.app.teaching;

/**
 * How many cores a job's worker threads kept busy between two samples of their CPU time: 1.5 means one core
 * all the time and another half of it. Unlike the timeline's blocks, which show a thread holding a task, this
 * counts only time a thread really ran, so it never exceeds the cores.
 */
public record CpuUse(long startNanos, long endNanos, double busyCores) {

    public CpuUse {
        if (endNanos < startNanos || !(busyCores >= 0)) {
            throw new IllegalArgumentException("bad CPU use: " + startNanos + ".." + endNanos + ", " + busyCores);
        }
    }
}
