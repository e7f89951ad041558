package io.brigade.engine.schedule;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

class ThreadCpuSamplerTest {

    private static final long BUSY_NANOS = TimeUnit.MILLISECONDS.toNanos(300);
    /** However loaded the machine, a sleeping thread uses far less than this. */
    private static final long SLEEPING_MOST_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
    private static final long NO_HANG_NANOS = TimeUnit.SECONDS.toNanos(120);
    /** One thread can keep at most one core busy; the clocks may disagree a little. */
    private static final double ONE_CORE = 1.05;

    @Test
    void aBusyThreadUsesCpuAndASleepingOneNone() throws Exception {
        ThreadCpuSampler busyOnly = new ThreadCpuSampler(name -> name.equals("cpu-test-busy"));
        ThreadCpuSampler sleepingOnly = new ThreadCpuSampler(name -> name.equals("cpu-test-sleeping"));
        assumeThat(busyOnly.supported()).as("this JVM measures thread CPU time").isTrue();
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch started = new CountDownLatch(2);
        Thread busy = new Thread(() -> {
            started.countDown();
            while (!stop.get()) {
                Thread.onSpinWait(); // a volatile read each turn: running, never sleeping
            }
        }, "cpu-test-busy");
        Thread sleeping = new Thread(() -> {
            started.countDown();
            try {
                Thread.sleep(TimeUnit.NANOSECONDS.toMillis(NO_HANG_NANOS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "cpu-test-sleeping");
        busy.start();
        sleeping.start();
        try {
            assertThat(started.await(120, TimeUnit.SECONDS)).isTrue();
            CpuSnapshot busyBefore = busyOnly.sample();
            CpuSnapshot sleepingBefore = sleepingOnly.sample();
            assertThat(busyBefore.threadCpuNanos()).hasSize(1);
            assertThat(sleepingBefore.threadCpuNanos()).hasSize(1);

            // wait for the busy thread to have run a while, however long a loaded machine makes that
            long deadline = System.nanoTime() + NO_HANG_NANOS;
            CpuSnapshot busyAfter = busyOnly.sample();
            while (busyAfter.threadCpuNanosSince(busyBefore) < BUSY_NANOS && System.nanoTime() < deadline) {
                Thread.onSpinWait();
                busyAfter = busyOnly.sample();
            }
            CpuSnapshot sleepingAfter = sleepingOnly.sample();

            assertThat(busyAfter.threadCpuNanosSince(busyBefore)).isGreaterThanOrEqualTo(BUSY_NANOS);
            assertThat(busyAfter.busyCoresSince(busyBefore)).isPositive().isLessThanOrEqualTo(ONE_CORE);
            assertThat(sleepingAfter.threadCpuNanosSince(sleepingBefore)).isLessThan(SLEEPING_MOST_NANOS);
            assertThat(busyAfter.processCoresSince(busyBefore).orElseThrow()).isPositive();
        } finally {
            stop.set(true);
            sleeping.interrupt();
            busy.join();
            sleeping.join();
        }
    }

    @Test
    void busyCoresAreCpuTimeOverWallTimeCountingNewThreadsWhole() {
        CpuSnapshot before = new CpuSnapshot(1_000, java.util.Map.of(1L, 500L, 2L, 100L), 2_000);
        CpuSnapshot after = new CpuSnapshot(2_000, java.util.Map.of(1L, 1_400L, 3L, 600L), 3_800);

        assertThat(after.threadCpuNanosSince(before)).isEqualTo(900 + 600); // thread 2 ended, thread 3 began
        assertThat(after.busyCoresSince(before)).isEqualTo(1.5);
        assertThat(after.processCoresSince(before)).hasValue(1.8);
        assertThat(new CpuSnapshot(2_000, java.util.Map.of(), -1).processCoresSince(before)).isEmpty();
    }
}
