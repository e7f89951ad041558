package io.brigade.engine.schedule;

import io.brigade.engine.scene.FramePose;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ScalingBenchmarkTest {

    private static final double EXACT = 1e-9;
    /** Runs that take next to no time: for the tests on the real scheduler. */
    private static final ScalingBudget INSTANT = new ScalingBudget(0, 1, 1, 0, true);
    private static final int RANGE = TestScenes.TINY.frameCount();

    /**
     * A machine with {@code cores} cores where a frame costs {@code frameSeconds} of one core, of which
     * {@code serial} cannot run in parallel; each job's time is multiplied by the next of {@code noise}.
     * Jobs advance the fake clock, nothing renders.
     */
    private static final class FakeMachine implements BenchmarkJobs {
        final List<RenderRequest> jobs = new ArrayList<>();
        final List<Long> startNanos = new ArrayList<>();
        final int cores;
        final double frameSeconds;
        final double serial;
        final double[] noise;
        long now;
        long cpu;

        FakeMachine(int cores, double frameSeconds, double serial, double... noise) {
            this.cores = cores;
            this.frameSeconds = frameSeconds;
            this.serial = serial;
            this.noise = noise;
        }

        @Override
        public int run(RenderRequest request, CancellationToken cancel) {
            double factor = jobs.size() < noise.length ? noise[jobs.size()] : 1;
            jobs.add(request);
            startNanos.add(now);
            double share = serial + (1 - serial) / Math.min(request.workers(), cores);
            long wall = (long) (request.frameCount() * frameSeconds * share * factor * 1e9);
            now += wall;
            cpu += wall * Math.min(request.workers(), cores); // every thread that can run keeps a core busy
            return request.frameCount();
        }

        ScalingBenchmark benchmark(ScalingBudget budget) {
            return new ScalingBenchmark(this, () -> now, () -> cpu, cores, budget);
        }
    }

    private static RenderRequest tiny() {
        return RenderRequest.of(TestScenes.spinningCube(), TestScenes.TINY);
    }

    @Test
    void everyPointRendersTheSameFramesForItsBudgetAfterAWarmUp() throws Exception {
        FakeMachine machine = new FakeMachine(2, 0.05, 0);

        ScalingReport report = machine.benchmark(ScalingBudget.STANDARD).run(ScalingBenchmarkTest::tiny,
                List.of(4, 2));

        assertThat(report.rows()).extracting(ScalingRow::workers).containsExactly(1, 2, 4);
        assertThat(report.rows()).allSatisfy(row -> {
            assertThat(row.wallSeconds()).isGreaterThanOrEqualTo(ScalingBudget.STANDARD.minSecondsPerPoint());
            assertThat(row.frames()).isGreaterThanOrEqualTo(4 * row.workers());
            assertThat(row.frames()).isEqualTo(report.rows().get(0).frames()).isGreaterThan(RANGE);
        });
        // the warm-up runs at the cores' count for its whole time before the first measured run
        int measured = 3 * 3;
        int warmUps = machine.jobs.size() - measured;
        assertThat(warmUps).isPositive();
        assertThat(machine.jobs.subList(0, warmUps)).allSatisfy(job -> assertThat(job.workers()).isEqualTo(2));
        assertThat(machine.startNanos.get(warmUps) / 1e9)
                .isGreaterThanOrEqualTo(ScalingBudget.STANDARD.warmUpSeconds());
    }

    @Test
    void aPerfectMachineScalesToItsCoresAndNoFurther() throws Exception {
        FakeMachine machine = new FakeMachine(2, 0.05, 0);

        ScalingReport report = machine.benchmark(ScalingBudget.STANDARD).run(ScalingBenchmarkTest::tiny,
                List.of(1, 2, 4));

        assertThat(report.rows().get(1).speedup()).isCloseTo(2, within(0.01));
        assertThat(report.rows().get(2).speedup()).isCloseTo(2, within(0.01));
        assertThat(report.rows()).extracting(ScalingRow::oversubscribed).containsExactly(false, false, true);
        assertThat(report.rows()).extracting(ScalingRow::busyCores).containsExactly(1.0, 2.0, 2.0);
        assertThat(report.table()).contains("cores busy");
        assertThat(report.serialFraction()).isCloseTo(0, within(0.005));
        assertThat(report.table()).contains("      4* ").contains(ScalingReport.OVERSUBSCRIBED);
        assertThat(report.headline()).startsWith("Measured 2.00\u00d7 with 2 workers on 2 cores")
                .contains(ScalingReport.OVERSUBSCRIBED).doesNotContain("at most");
    }

    @Test
    void theFitUsesOnlyTheCountsWithinTheCores() throws Exception {
        FakeMachine machine = new FakeMachine(2, 0.05, 0.1);

        ScalingReport report = machine.benchmark(ScalingBudget.QUICK).run(ScalingBenchmarkTest::tiny,
                List.of(2, 3, 4));

        assertThat(report.fittedRows()).extracting(ScalingRow::workers).containsExactly(1, 2);
        assertThat(report.serialFraction()).isCloseTo(0.1, within(0.005));
        // all rows would blame the missing cores on serial work
        assertThat(AmdahlFit.serialFraction(report.rows())).isGreaterThan(0.3);
    }

    @Test
    void eachPointKeepsTheMedianOfItsRunsTakenInTurnAndSaysTheSpread() throws Exception {
        // no warm-up time: one warm-up job, then 1, 2, 1, 2, 1, 2 workers
        ScalingBudget threeRuns = new ScalingBudget(1, 1, 3, 0, false);
        FakeMachine machine = new FakeMachine(2, 0.05, 0, 1, 1.25, 1, 1, 1, 0.8, 1);
        List<ScalingListener.Step> steps = new ArrayList<>();

        ScalingReport report = machine.benchmark(threeRuns).run(ScalingBenchmarkTest::tiny, List.of(2), steps::add,
                new CancellationToken());

        assertThat(machine.jobs).extracting(RenderRequest::workers).containsExactly(2, 1, 2, 1, 2, 1, 2);
        assertThat(steps).extracting(ScalingListener.Step::workers).containsExactly(2, 1, 2, 1, 2, 1, 2);
        assertThat(steps.get(0).warmUp()).isTrue();
        assertThat(steps).extracting(ScalingListener.Step::count).containsOnly(7);
        ScalingRow one = report.rows().get(0);
        ScalingRow two = report.rows().get(1);
        // one worker ran at 1/1.25, 1 and 1/0.8 of its rate: the median is the middle one
        assertThat(one.framesPerSecond() * 0.05).isCloseTo(1, within(EXACT));
        assertThat(one.spread()).isCloseTo(1 / 0.8 - 1 / 1.25, within(EXACT));
        assertThat(two.spread()).isCloseTo(0, within(EXACT));
        assertThat(two.speedup()).isCloseTo(2, within(EXACT));
        assertThat(report.headline()).contains("median of 3 runs, which differed by up to 45%");
    }

    @Test
    void theHeadlineSaysWhenOtherProgramsTookTheCores() {
        List<ScalingRow> rows = List.of(ScalingRow.of(1, 96, 4.44, 4.44, 0.09, 2).withBusyCores(0.97),
                ScalingRow.of(2, 96, 4.38, 4.44, 0.23, 2).withBusyCores(0.96),
                ScalingRow.of(4, 96, 3.60, 4.44, 0.79, 2).withBusyCores(0.79));

        String headline = ScalingReport.of(rows, 2, ScalingBudget.STANDARD).headline();

        assertThat(headline).startsWith("Measured 0.99\u00d7 with 2 workers on 2 cores")
                .contains("Other programs were using the cores: 4 workers kept only 0.79 of 2 cores busy");
        assertThat(ScalingReport.of(rows.subList(0, 1), 2, ScalingBudget.STANDARD).headline())
                .doesNotContain("Other programs");
    }

    @Test
    void theQuickPresetSaysItIsRough() throws Exception {
        ScalingReport report = new FakeMachine(2, 0.05, 0).benchmark(ScalingBudget.QUICK)
                .run(ScalingBenchmarkTest::tiny, List.of(2));

        assertThat(report.headline()).startsWith("Rough");
        assertThat(report.table()).contains("rough");
    }

    @Test
    void aBudgetIsEnoughFramesForTheFastestCountAndForEveryWorker() {
        ScalingBudget budget = new ScalingBudget(3, 4, 1, 0, false);

        // 0.1 s a frame: two workers on two cores need 60 frames to last 3 s
        assertThat(budget.framesFor(List.of(1, 2, 4), 2, 12, 0.1)).isEqualTo(60);
        assertThat(budget.framesFor(List.of(1), 2, 12, 0.1)).isEqualTo(30);
        // frames so cheap that four for each of 8 workers is longer than 3 s
        assertThat(new ScalingBudget(0.001, 4, 1, 0, false).framesFor(List.of(1, 8), 2, 4, 0.0001)).isEqualTo(32);
        assertThat(budget.framesFor(List.of(1, 2), 1, 40_000, 1)).isEqualTo(40_000); // never less than the range
        assertThat(budget.framesFor(List.of(1, 2), 1, 7, 1e-9)).isEqualTo(RenderRequest.MAX_FRAMES);
    }

    @Test
    void cycledFramesGoRoundTheRangeUnderTheirOwnNumbers() {
        RenderRequest request = RenderRequest.of(TestScenes.spinningCube(), TestScenes.TINY.withFrames(3, 5));

        RenderRequest cycled = CycledFrames.of(request, 7);

        assertThat(cycled.settings().startFrame()).isEqualTo(3);
        assertThat(cycled.frameCount()).isEqualTo(7);
        IntFunction<FramePose> original = TestScenes.spinningCube();
        for (int frame = 3; frame <= 9; frame++) {
            FramePose pose = cycled.poses().apply(frame);
            FramePose same = original.apply(3 + (frame - 3) % 3);
            assertThat(pose.frame()).isEqualTo(frame);
            assertThat(pose.camera()).isEqualTo(same.camera());
            assertThat(pose.items()).isEqualTo(same.items());
        }
    }

    @Test
    void measuresEachCountAndOneWorkerAsTheBaselineOnTheRealScheduler() throws Exception {
        ScalingBenchmark benchmark = new ScalingBenchmark(new RenderScheduler(), INSTANT);
        ScalingReport report = benchmark.run(ScalingBenchmarkTest::tiny, List.of(3, 2, 3));

        assertThat(report.rows()).extracting(ScalingRow::workers).containsExactly(1, 2, 3);
        ScalingRow baseline = report.rows().get(0);
        assertThat(baseline.speedup()).isCloseTo(1, within(EXACT));
        assertThat(report.rows()).allSatisfy(r -> {
            assertThat(r.framesPerSecond()).isCloseTo(r.frames() / r.wallSeconds(), within(EXACT));
            assertThat(r.efficiency()).isCloseTo(r.speedup() / r.workers(), within(EXACT));
            assertThat(r.busyCores()).isNotNaN().isNotNegative();
        });
        assertThat(report.table()).contains("workers").contains("serial fraction");
    }

    @Test
    void aFailingRunIsReported() {
        ScalingBenchmark benchmark = new ScalingBenchmark(new RenderScheduler(), INSTANT);

        assertThatThrownBy(() -> benchmark.run(() -> RenderRequest.of(FailureTest.failingAt(3, Integer.MAX_VALUE,
                new IllegalStateException("broken")), TestScenes.TINY), List.of(2)))
                .isInstanceOf(RenderJobException.class).hasMessageContaining("frame 3");
    }

    @Test
    void cancellingStopsTheRunInProgressAndStartsNoMore() {
        CancellationToken cancel = new CancellationToken();
        List<ScalingListener.Step> steps = new ArrayList<>();
        ScalingBenchmark benchmark = new ScalingBenchmark(new RenderScheduler(), INSTANT);
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
