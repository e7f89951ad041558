package io.brigade.engine.schedule;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ScalingBenchmarkTest {

    private static final double EXACT = 1e-9;

    @Test
    void measuresEachCountAndOneWorkerAsTheBaseline() throws Exception {
        ScalingBenchmark benchmark = new ScalingBenchmark(new RenderScheduler(), 1);
        ScalingReport report = benchmark.run(() -> RenderRequest.of(TestScenes.spinningCube(), TestScenes.TINY),
                List.of(3, 2, 3));

        assertThat(report.rows()).extracting(ScalingRow::workers).containsExactly(1, 2, 3);
        ScalingRow baseline = report.rows().get(0);
        assertThat(baseline.speedup()).isCloseTo(1, within(EXACT));
        assertThat(report.rows()).allSatisfy(r -> {
            assertThat(r.framesPerSecond()).isCloseTo(TestScenes.TINY.frameCount() / r.wallSeconds(), within(EXACT));
            assertThat(r.speedup()).isCloseTo(baseline.wallSeconds() / r.wallSeconds(), within(EXACT));
            assertThat(r.efficiency()).isCloseTo(r.speedup() / r.workers(), within(EXACT));
        });
        assertThat(report.serialFraction()).isCloseTo(AmdahlFit.serialFraction(report.rows()), within(EXACT));
        assertThat(report.table()).contains("workers").contains("serial fraction");
    }

    @Test
    void aFailingRunIsReported() {
        ScalingBenchmark benchmark = new ScalingBenchmark(new RenderScheduler(), 1);

        assertThatThrownBy(() -> benchmark.run(() -> RenderRequest.of(FailureTest.failingAt(3, Integer.MAX_VALUE,
                new IllegalStateException("broken")), TestScenes.TINY), List.of(2)))
                .isInstanceOf(RenderJobException.class).hasMessageContaining("frame 3");
    }

    @Test
    void tellsTheListenerEachRunWarmUpFirst() throws Exception {
        List<ScalingListener.Step> steps = new java.util.ArrayList<>();
        ScalingReport report = new ScalingBenchmark(new RenderScheduler(), 2).run(
                () -> RenderRequest.of(TestScenes.spinningCube(), TestScenes.TINY), List.of(2), steps::add,
                new CancellationToken());

        assertThat(report.rows()).hasSize(2);
        assertThat(steps).containsExactly(new ScalingListener.Step(0, 5, 2, true),
                new ScalingListener.Step(1, 5, 1, false), new ScalingListener.Step(2, 5, 1, false),
                new ScalingListener.Step(3, 5, 2, false), new ScalingListener.Step(4, 5, 2, false));
    }

    @Test
    void cancellingStopsTheRunInProgressAndStartsNoMore() {
        CancellationToken cancel = new CancellationToken();
        List<ScalingListener.Step> steps = new java.util.ArrayList<>();
        ScalingBenchmark benchmark = new ScalingBenchmark(new RenderScheduler(), 1);
        // Frames that take far longer than the test may wait: only cancelling ends this.
        RenderRequest slow = RenderRequest.of(frame -> {
            if (frame > 0) {
                cancel.cancel();
            }
            return TestScenes.spinningCube().apply(frame);
        }, TestScenes.TINY.withFrames(0, 99_999));

        assertThatThrownBy(() -> benchmark.run(() -> slow, List.of(2, 3), steps::add, cancel))
                .isInstanceOf(RenderJobException.class).hasMessageContaining("cancelled");
        assertThat(steps).hasSize(1);
    }
}
