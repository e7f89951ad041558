package io.brigade.app.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import io.brigade.app.testing.SampleScenes;
import io.brigade.engine.scene.Scene;
import io.brigade.engine.schedule.BenchmarkJobs;
import io.brigade.engine.schedule.RenderScheduler;
import io.brigade.engine.schedule.ScalingBenchmark;
import io.brigade.engine.schedule.ScalingBudget;
import io.brigade.engine.schedule.ScalingReport;
import io.brigade.engine.schedule.ScalingRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The experiment on the engine's benchmark, with every executor running on the test's thread: on the real
 * scheduler with runs as short as can be, and on a fake two-core machine with a fake clock.
 */
class SpeedupExperimentViewModelTest {

    private static final int CORES = 2;
    /** Runs that take next to no time, whatever the budget asked. */
    private static final ScalingBudget INSTANT = new ScalingBudget(0, 1, 1, 0, true);

    /** The sample scene made small, so each run takes milliseconds. */
    private static final Scene SMALL = SampleScenes.teapotTurntable().withSettings(
            SampleScenes.teapotTurntable().settings().withSize(64, 36).withAntiAliasing(1));

    private final SpeedupExperimentViewModel experiment = new SpeedupExperimentViewModel(
            (requests, counts, budget, listener, cancel) -> new ScalingBenchmark(
                    BenchmarkJobs.on(new RenderScheduler()), System::nanoTime, () -> -1, CORES, INSTANT)
                    .run(requests, counts, listener, cancel), Runnable::run, Runnable::run, CORES);

    /** Two cores that share frames perfectly: a frame costs 50 ms of one core; jobs move the clock on. */
    private final long[] fakeNow = {0};
    private final List<ScalingBudget> budgets = new ArrayList<>();
    private final SpeedupExperimentViewModel onFakeMachine = new SpeedupExperimentViewModel(
            (requests, counts, budget, listener, cancel) -> {
                budgets.add(budget);
                BenchmarkJobs perfect = (request, token) -> {
                    fakeNow[0] += (long) (request.frameCount() * 0.05e9 / Math.min(CORES, request.workers()));
                    return request.frameCount();
                };
                return new ScalingBenchmark(perfect, () -> fakeNow[0], () -> -1, CORES, budget)
                        .run(requests, counts, listener, cancel);
            }, Runnable::run, Runnable::run, CORES);

    @Test
    void theDefaultsFitOnlyTheCountsWithinTheCoresAndTheIdealStopsAtThem() {
        onFakeMachine.useSceneRange(SMALL);
        assertThat(onFakeMachine.workerCountsProperty().get()).isEqualTo("1, 2, 4");

        onFakeMachine.start(SMALL, "teapot");

        ScalingReport report = onFakeMachine.reportProperty().get();
        assertThat(budgets).containsExactly(ScalingBudget.STANDARD);
        assertThat(report.rows()).extracting(ScalingRow::workers).containsExactly(1, 2, 4);
        assertThat(report.fittedRows()).extracting(ScalingRow::workers).containsExactly(1, 2);
        assertThat(report.rows()).allSatisfy(row -> assertThat(row.wallSeconds()).isGreaterThanOrEqualTo(3));
        assertThat(report.rows().get(2).oversubscribed()).isTrue();
        assertThat(report.serialFraction()).isCloseTo(0, offset(0.005));
        assertThat(onFakeMachine.idealLine()).containsExactly(new SpeedupLines.Point(1, 1),
                new SpeedupLines.Point(2, 2), new SpeedupLines.Point(4, 2));
        assertThat(SpeedupLines.measured(report)).extracting(SpeedupLines.Point::workers).containsExactly(1.0, 2.0);
        assertThat(SpeedupLines.oversubscribed(report)).extracting(SpeedupLines.Point::workers)
                .containsExactly(2.0, 4.0);
        assertThat(SpeedupLines.amdahl(report)).last()
                .satisfies(point -> assertThat(point.workers()).isEqualTo(2.0));
        assertThat(onFakeMachine.messageProperty().get())
                .startsWith("Measured 2.00\u00d7 with 2 workers on 2 cores (median of 3 runs")
                .contains("4 workers: 2.00\u00d7 (more threads than cores: they take turns)")
                .doesNotContain("at most");
    }

    @Test
    void theQuickPresetWarnsItIsRough() {
        onFakeMachine.useSceneRange(SMALL);
        onFakeMachine.quickProperty().set(true);

        onFakeMachine.start(SMALL, "teapot");

        assertThat(budgets).containsExactly(ScalingBudget.QUICK);
        assertThat(onFakeMachine.messageProperty().get()).startsWith("Rough");
    }

    @Test
    void theIdealRisesToTheCoresAndIsFlatAfter() {
        assertThat(SpeedupLines.ideal(4, 2)).containsExactly(new SpeedupLines.Point(1, 1),
                new SpeedupLines.Point(2, 2));
        assertThat(SpeedupLines.ideal(1, 2)).containsExactly(new SpeedupLines.Point(1, 1),
                new SpeedupLines.Point(2, 1));
        assertThat(onFakeMachine.idealLine()).last().isEqualTo(new SpeedupLines.Point(4, 2));
    }

    @Test
    void measuresOneRowPerWorkerCountWithOneWorkerAsTheBaseline() {
        experiment.useSceneRange(SMALL);
        experiment.workerCountsProperty().set("3, 2 4");

        experiment.start(SMALL, "teapot");

        ScalingReport report = experiment.reportProperty().get();
        assertThat(experiment.problemProperty().get()).isEmpty();
        assertThat(report.rows()).extracting(ScalingRow::workers).containsExactly(1, 2, 3, 4);
        assertThat(report.rows().get(0).speedup()).isEqualTo(1.0);
        assertThat(report.rows()).allSatisfy(row -> assertThat(row.wallSeconds()).isPositive());
        assertThat(experiment.runningProperty().get()).isFalse();
        assertThat(experiment.progressProperty().get()).isEqualTo(1.0);
        assertThat(experiment.messageProperty().get()).contains("Measured ").contains("Amdahl fit")
                .contains("more threads than cores");
        assertThat(experiment.chartTitleProperty().get()).contains("teapot").contains("12 frames at 64\u00d736");
    }

    @Test
    void theCsvHasOneLinePerCountUnderTheNamedColumns(@TempDir Path dir) throws Exception {
        experiment.firstFrameProperty().set("0");
        experiment.lastFrameProperty().set("3");
        experiment.workerCountsProperty().set("1, 2");
        experiment.start(SMALL, "teapot");

        experiment.saveCsv(dir.resolve("speedup"));

        List<String> lines = Files.readAllLines(dir.resolve("speedup.csv"));
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("workers,frames,wall_seconds,frames_per_second,speedup,efficiency,spread,"
                + "oversubscribed,busy_cores,serial_fraction");
        assertThat(lines.get(1)).startsWith("1,");
        assertThat(lines.get(2)).startsWith("2,");
        assertThat(lines.get(2).split(",")).hasSize(10);
        assertThat(experiment.messageProperty().get()).contains("speedup.csv");
    }

    @Test
    void aWrongFieldIsNamedAndNothingRuns() {
        experiment.useSceneRange(SMALL);
        experiment.workerCountsProperty().set("1, 5");
        experiment.start(SMALL, "teapot");
        assertThat(experiment.problemProperty().get())
                .isEqualTo("Worker counts: 5 is not between 1 and 4 (twice the cores)");

        experiment.workerCountsProperty().set("1, two");
        experiment.start(SMALL, "teapot");
        assertThat(experiment.problemProperty().get()).isEqualTo("Worker counts: 'two' is not a whole number");

        experiment.workerCountsProperty().set("2");
        experiment.lastFrameProperty().set("x");
        experiment.start(SMALL, "teapot");
        assertThat(experiment.problemProperty().get()).isEqualTo("Last frame: 'x' is not a whole number");

        experiment.lastFrameProperty().set("500");
        experiment.start(SMALL, "teapot");
        assertThat(experiment.problemProperty().get()).startsWith("Last frame: 500 must be from the first frame");
        assertThat(experiment.reportProperty().get()).isNull();
    }

    @Test
    void cancellingEndsTheRunWithoutAProblem() {
        AtomicReference<SpeedupExperimentViewModel> self = new AtomicReference<>();
        SpeedupExperimentViewModel cancelled = new SpeedupExperimentViewModel((requests, counts, budget, listener,
                                                                                cancel) -> {
            self.get().cancel(); // the user presses Cancel while the measurement runs
            cancel.throwIfCancelled();
            throw new AssertionError("the token was not cancelled");
        }, Runnable::run, Runnable::run, 2);
        self.set(cancelled);
        cancelled.useSceneRange(SMALL);

        cancelled.start(SMALL, "teapot");

        assertThat(cancelled.runningProperty().get()).isFalse();
        assertThat(cancelled.messageProperty().get()).startsWith("Cancelled");
        assertThat(cancelled.problemProperty().get()).isEmpty();
        assertThat(cancelled.reportProperty().get()).isNull();
    }

    @Test
    void defaultCountsGoToTheCoresAndOnePointBeyond() {
        assertThat(SpeedupExperimentViewModel.defaultCounts(1)).isEqualTo("1, 2");
        assertThat(SpeedupExperimentViewModel.defaultCounts(2)).isEqualTo("1, 2, 4");
        assertThat(SpeedupExperimentViewModel.defaultCounts(4)).isEqualTo("1, 2, 3, 4, 8");
        assertThat(SpeedupExperimentViewModel.defaultCounts(8)).isEqualTo("1, 2, 4, 8, 16");
        assertThat(SpeedupExperimentViewModel.defaultCounts(12)).isEqualTo("1, 2, 4, 8, 12, 24");
    }

    @Test
    void theDefaultRangeIsTheScenesFirstFrames() {
        experiment.workerCountsProperty().set("1");
        experiment.start(SMALL, "teapot"); // with no range chosen

        assertThat(experiment.reportProperty().get().rows()).singleElement()
                .satisfies(row -> assertThat(row.frames()).isEqualTo(SpeedupExperimentViewModel.DEFAULT_FRAMES));

        assertThat(experiment.firstFrameProperty().get()).isEqualTo(Integer.toString(SMALL.settings().startFrame()));
        assertThat(Integer.parseInt(experiment.lastFrameProperty().get()) - SMALL.settings().startFrame() + 1)
                .isEqualTo(Math.min(SpeedupExperimentViewModel.DEFAULT_FRAMES, SMALL.settings().frameCount()));
    }

    @Test
    void eachRowImpliesASerialFraction() {
        ScalingRow perfect = ScalingRow.of(4, 10, 4, 1, 0, 4);
        ScalingRow half = ScalingRow.of(2, 10, 1, 1, 0, 4);

        assertThat(ScalingReportText.rowSerialFraction(perfect)).hasValueCloseTo(0.0, offset(1e-12));
        assertThat(ScalingReportText.rowSerialFraction(half)).hasValueCloseTo(1.0, offset(1e-12));
        assertThat(ScalingReportText.rowSerialFractionText(ScalingRow.of(1, 10, 1, 1, 0, 4))).isEqualTo("\u2014");
    }
}
