package io.brigade.app.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import io.brigade.app.testing.SampleScenes;
import io.brigade.engine.scene.Scene;
import io.brigade.engine.schedule.RenderScheduler;
import io.brigade.engine.schedule.ScalingReport;
import io.brigade.engine.schedule.ScalingRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The experiment on the engine's real benchmark, with every executor running on the test's thread. */
class SpeedupExperimentViewModelTest {

    /** The sample scene made small, so each run takes milliseconds. */
    private static final Scene SMALL = SampleScenes.teapotTurntable().withSettings(
            SampleScenes.teapotTurntable().settings().withSize(64, 36).withAntiAliasing(1));

    private final SpeedupExperimentViewModel experiment = new SpeedupExperimentViewModel(
            SpeedupMeasurement.benchmark(new RenderScheduler()), Runnable::run, Runnable::run, 2);

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
        assertThat(experiment.messageProperty().get()).startsWith("Best: ").contains("Amdahl fit");
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
        assertThat(lines.get(0)).isEqualTo("workers,wall_seconds,frames_per_second,speedup,efficiency,serial_fraction");
        assertThat(lines.get(1)).startsWith("1,");
        assertThat(lines.get(2)).startsWith("2,");
        assertThat(lines.get(2).split(",")).hasSize(6);
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
        SpeedupExperimentViewModel cancelled = new SpeedupExperimentViewModel((requests, counts, listener, cancel) -> {
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
    void defaultCountsGoUpToTwiceTheCores() {
        assertThat(SpeedupExperimentViewModel.defaultCounts(1)).isEqualTo("1, 2");
        assertThat(SpeedupExperimentViewModel.defaultCounts(2)).isEqualTo("1, 2, 3, 4");
        assertThat(SpeedupExperimentViewModel.defaultCounts(8)).isEqualTo("1, 2, 4, 8, 16");
        assertThat(SpeedupExperimentViewModel.defaultCounts(12)).isEqualTo("1, 2, 4, 8, 12, 24");
    }

    @Test
    void theDefaultRangeIsTheScenesFirstFrames() {
        experiment.workerCountsProperty().set("1");
        experiment.start(SMALL, "teapot"); // with no range chosen

        assertThat(experiment.reportProperty().get().rows()).singleElement()
                .satisfies(row -> assertThat(row.framesPerSecond() * row.wallSeconds())
                        .isCloseTo(SpeedupExperimentViewModel.DEFAULT_FRAMES, offset(1e-6)));

        assertThat(experiment.firstFrameProperty().get()).isEqualTo(Integer.toString(SMALL.settings().startFrame()));
        assertThat(Integer.parseInt(experiment.lastFrameProperty().get()) - SMALL.settings().startFrame() + 1)
                .isEqualTo(Math.min(SpeedupExperimentViewModel.DEFAULT_FRAMES, SMALL.settings().frameCount()));
    }

    @Test
    void eachRowImpliesASerialFraction() {
        ScalingRow perfect = ScalingRow.of(4, 1, 10, 4);
        ScalingRow half = ScalingRow.of(2, 1, 10, 1);

        assertThat(ScalingReportText.rowSerialFraction(perfect)).hasValueCloseTo(0.0, offset(1e-12));
        assertThat(ScalingReportText.rowSerialFraction(half)).hasValueCloseTo(1.0, offset(1e-12));
        assertThat(ScalingReportText.rowSerialFractionText(ScalingRow.of(1, 1, 10, 1))).isEqualTo("\u2014");
    }
}
