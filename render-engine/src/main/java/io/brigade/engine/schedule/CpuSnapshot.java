package io.brigade.engine.schedule;

import java.util.Map;
import java.util.OptionalDouble;

/**
 * CPU time at one moment: of each chosen thread (by thread id) and of the whole process. Two snapshots give
 * how many cores were busy in between: CPU time used over wall time passed.
 *
 * @param nanos           when, as {@link System#nanoTime()}
 * @param threadCpuNanos  CPU time each chosen thread has used since it started
 * @param processCpuNanos CPU time of the whole process, or -1 where the platform does not say
 */
public record CpuSnapshot(long nanos, Map<Long, Long> threadCpuNanos, long processCpuNanos) {

    public CpuSnapshot {
        threadCpuNanos = Map.copyOf(threadCpuNanos);
    }

    /**
     * The CPU time the chosen threads used since {@code earlier}; a thread that began in between counts all its
     * time, one that ended in between is gone and not counted.
     */
    public long threadCpuNanosSince(CpuSnapshot earlier) {
        long used = 0;
        for (Map.Entry<Long, Long> thread : threadCpuNanos.entrySet()) {
            used += Math.max(0, thread.getValue() - earlier.threadCpuNanos.getOrDefault(thread.getKey(), 0L));
        }
        return used;
    }

    /** Cores kept busy by the chosen threads since {@code earlier}, on average: 2.0 is two cores all the time. */
    public double busyCoresSince(CpuSnapshot earlier) {
        long wall = nanos - earlier.nanos;
        return wall > 0 ? (double) threadCpuNanosSince(earlier) / wall : 0;
    }

    /** Cores kept busy by the whole process since {@code earlier}; empty where the platform does not say. */
    public OptionalDouble processCoresSince(CpuSnapshot earlier) {
        long wall = nanos - earlier.nanos;
        if (processCpuNanos < 0 || earlier.processCpuNanos < 0 || wall <= 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((double) (processCpuNanos - earlier.processCpuNanos) / wall);
    }
}
