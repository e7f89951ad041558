package io.brigade.engine.schedule;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Takes {@link CpuSnapshot}s of the threads whose names pass a test (a job's workers: {@link #workers()}) from
 * the JVM's own thread CPU clocks ({@link ThreadMXBean#getThreadCpuTime}), which count only time a thread
 * really ran, not time it was ready and waiting its turn for a core. Safe to call from any one thread.
 */
public final class ThreadCpuSampler {

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Predicate<String> chosen;

    /** @param chosen which threads to measure, by name */
    public ThreadCpuSampler(Predicate<String> chosen) {
        this.chosen = Objects.requireNonNull(chosen, "chosen");
        if (threads.isThreadCpuTimeSupported() && !threads.isThreadCpuTimeEnabled()) {
            threads.setThreadCpuTimeEnabled(true);
        }
    }

    /** The render jobs' worker threads ({@code brigade-worker-N}). */
    public static ThreadCpuSampler workers() {
        return new ThreadCpuSampler(name -> name.startsWith(WorkerPool.THREAD_PREFIX));
    }

    /** Whether this JVM measures CPU time per thread; without it every snapshot holds no threads. */
    public boolean supported() {
        return threads.isThreadCpuTimeSupported() && threads.isThreadCpuTimeEnabled();
    }

    public CpuSnapshot sample() {
        Map<Long, Long> cpu = new HashMap<>();
        if (supported()) {
            for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
                if (info != null && chosen.test(info.getThreadName())) {
                    long nanos = threads.getThreadCpuTime(info.getThreadId());
                    if (nanos >= 0) { // -1: the thread ended meanwhile
                        cpu.put(info.getThreadId(), nanos);
                    }
                }
            }
        }
        return new CpuSnapshot(System.nanoTime(), cpu, processCpuNanos());
    }

    /** The CPU time the whole process has used, or -1 where the platform does not say. */
    public static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean hotspot
                ? hotspot.getProcessCpuTime() : -1;
    }
}
