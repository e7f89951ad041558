package io.brigade.engine.schedule;

import io.brigade.engine.scene.RenderSettings;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class RenderMemoryEstimateTest {

    private static final long MB = 1024 * 1024;
    private static final RenderSettings FULL_HD_AA4 = TestScenes.TINY.withSize(1920, 1080).withAntiAliasing(4);

    @Test
    void countsSamplesPerWorkerAndTheFramesTheOutputHolds() {
        RenderMemoryEstimate estimate = RenderMemoryEstimate.of(FULL_HD_AA4, 8, true);
        long pixels = 1920L * 1080;
        long encoding = pixels * (4 + 2 * 4); // image copy, encoded bytes and their final copy
        assertThat(estimate.bytesPerWorker()).isEqualTo(pixels * 16 * 8 + pixels * 4 + encoding);
        assertThat(estimate.queuedBytes()).isEqualTo((OutputStage.QUEUE_FRAMES + 1) * pixels * (4 + 4));
        assertThat(estimate.totalBytes()).isEqualTo(8 * estimate.bytesPerWorker() + estimate.queuedBytes());
        RenderMemoryEstimate withoutOutput = RenderMemoryEstimate.of(FULL_HD_AA4, 8, false);
        assertThat(withoutOutput.queuedBytes()).as("no output, no queue").isZero();
        assertThat(withoutOutput.bytesPerWorker()).as("no output, no encoding").isEqualTo(pixels * 16 * 8 + pixels * 4);
    }

    @Test
    void doesNotOverflowAtTheLargestSettings() {
        RenderSettings largest = TestScenes.TINY.withSize(RenderSettings.MAX_SIZE, RenderSettings.MAX_SIZE)
                .withAntiAliasing(RenderSettings.MAX_ANTI_ALIASING);
        RenderMemoryEstimate estimate = RenderMemoryEstimate.of(largest, RenderRequest.MAX_WORKERS, true);
        assertThat(estimate.bytesPerWorker()).isEqualTo(16384L * 16384 * 16 * 8 + 16384L * 16384 * (4 + 12));
        assertThat(estimate.totalBytes()).isPositive();
    }

    @Test
    void refusesWithAMessageNamingSizeAntiAliasingAndWorkers() {
        RenderMemoryEstimate estimate = RenderMemoryEstimate.of(FULL_HD_AA4, 8, true);
        estimate.requireFits(estimate.totalBytes()); // exactly enough is enough
        RenderTooLargeException e = catchThrowableOfType(RenderTooLargeException.class,
                () -> estimate.requireFits(512 * MB));
        assertThat(e).isInstanceOf(IllegalArgumentException.class);
        assertThat(e.getMessage()).contains("1920x1080", "4x4 anti-aliasing", "8 workers", "512 MB", "-Xmx");
    }

    @Test
    void theSchedulerRefusesATooLargeJobBeforeAnyThreadStarts() {
        RenderSettings huge = TestScenes.TINY.withSize(RenderSettings.MAX_SIZE, RenderSettings.MAX_SIZE)
                .withAntiAliasing(RenderSettings.MAX_ANTI_ALIASING);
        RenderRequest request = RenderRequest.of(TestScenes.spinningCube(), huge).withWorkers(2);
        assertThat(RenderMemoryEstimate.of(request).totalBytes()).isGreaterThan(Runtime.getRuntime().maxMemory());
        // An earlier test's job may still be ending: its threads do their last work before its result
        // completes, yet stay alive a little longer. Only threads this start could have made count.
        Set<Thread> before = jobThreads();

        assertThatThrownBy(() -> new RenderScheduler().start(request))
                .isInstanceOf(RenderTooLargeException.class)
                .hasMessageContaining("16384x16384").hasMessageContaining("2 workers");
        assertThat(jobThreads()).as("job threads started by the refused job").isSubsetOf(before);
    }

    private static Set<Thread> jobThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
                .filter(thread -> thread.getName().startsWith("brigade-")).collect(Collectors.toSet());
    }
}
