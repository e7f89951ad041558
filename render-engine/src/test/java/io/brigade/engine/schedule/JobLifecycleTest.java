package io.brigade.engine.schedule;

import io.brigade.engine.io.FrameSink;
import io.brigade.engine.raster.RenderedFrame;
import io.brigade.engine.scene.RenderSettings;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Jobs leave nothing behind: every thread a job starts ends with it, and no memory piles up. */
class JobLifecycleTest {

    private static final int CYCLES = 1000;
    private static final int WARM_UP_CYCLES = 200;
    /**
     * Heap growth over the measured cycles that still counts as "not growing". Keeping every finished
     * job's handle (its run, trace and events, about 6 KB) would add about 5 MB over the 800 cycles.
     */
    private static final long HEAP_GROWTH_TOLERANCE_BYTES = 2L << 20;
    /** A deadline against a hang, not a promise: generous for a loaded 2-core machine. */
    private static final Duration THREADS_END_WITHIN = Duration.ofSeconds(30);
    private static final RenderSettings SETTINGS = TestScenes.TINY.withFrames(0, 15);

    private final RenderScheduler scheduler = new RenderScheduler();

    @Test
    void aThousandStartCancelCyclesLeaveNoThreadsAndNoGrowingHeap() throws Exception {
        FrameSink discard = new FrameSink() {
            @Override
            public void write(RenderedFrame frame) {
                // frames are dropped: this test is about threads and memory, not output
            }

            @Override
            public String destination(int frame) {
                return "discarded";
            }
        };
        assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            for (int i = 0; i < WARM_UP_CYCLES; i++) {
                cycle(i, discard);
            }
            awaitNoJobThreads();
            long before = usedHeapAfterGc();
            for (int i = WARM_UP_CYCLES; i < CYCLES; i++) {
                cycle(i, discard);
            }
            awaitNoJobThreads();
            long grown = usedHeapAfterGc() - before;
            System.out.printf("%d start/cancel cycles: heap grew by %d KB after the warm-up%n", CYCLES, grown / 1024);
            assertThat(grown).isLessThan(HEAP_GROWTH_TOLERANCE_BYTES);
        });
    }

    /** Every job thread at once: workers, coordinator, event and output threads; cancelled at once or mid-way. */
    private void cycle(int i, FrameSink sink) {
        RecordingListener listener = new RecordingListener();
        RenderRequest request = RenderRequest.of(TestScenes.spinningCube(), SETTINGS).withWorkers(1 + i % 3);
        RenderJob job = scheduler.start(i % 2 == 0 ? request.withOutput(sink) : request, listener);
        while (i % 4 == 3 && job.progress().done() == 0 && !job.isDone()) {
            Thread.onSpinWait(); // every fourth job is cancelled with a frame finished and others in flight
        }
        job.cancel();
        JobResult result = job.result().join();
        assertThat(result.outcome()).isIn(JobOutcome.CANCELLED, JobOutcome.COMPLETED);
        try {
            listener.awaitAll();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        assertThat(listener.threads()).singleElement().asString().startsWith("brigade-events-");
    }

    private static void awaitNoJobThreads() throws InterruptedException {
        long deadline = System.nanoTime() + THREADS_END_WITHIN.toNanos();
        List<String> alive = jobThreads();
        while (!alive.isEmpty() && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(10);
            alive = jobThreads();
        }
        assertThat(alive).as("job threads still alive").isEmpty();
    }

    private static List<String> jobThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(name -> name.startsWith("brigade-")).toList();
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            TimeUnit.MILLISECONDS.sleep(20);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
