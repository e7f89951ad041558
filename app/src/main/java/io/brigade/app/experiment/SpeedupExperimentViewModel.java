package io.brigade.app.experiment;

import io.brigade.app.concurrent.FxLatestValueBridge;
import io.brigade.engine.io.FileProblems;
import io.brigade.engine.scene.RenderSettings;
import io.brigade.engine.scene.Scene;
import io.brigade.engine.schedule.CancellationToken;
import io.brigade.engine.schedule.RenderRequest;
import io.brigade.engine.schedule.ScalingBudget;
import io.brigade.engine.schedule.ScalingListener;
import io.brigade.engine.schedule.ScalingReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Render > Measure Speedup...: renders the same frames at each chosen worker count, off the FX thread, by the
 * engine's budgeted benchmark (the same as {@code bench --workers}), and holds the report the chart and the
 * table show. The fields are text, checked when the run starts; a problem names its field. Use on the FX thread.
 */
public final class SpeedupExperimentViewModel {

    /** Frames measured unless the user picks a range: long enough to measure, short enough to wait for. */
    static final int DEFAULT_FRAMES = 12;

    private final SpeedupMeasurement measurement;
    private final Executor background;
    private final Executor fxThread;
    private final int cores;
    private final FxLatestValueBridge<ScalingListener.Step> steps;

    private final StringProperty workerCounts = new SimpleStringProperty(this, "workerCounts");
    private final StringProperty firstFrame = new SimpleStringProperty(this, "firstFrame", "");
    private final StringProperty lastFrame = new SimpleStringProperty(this, "lastFrame", "");
    private final BooleanProperty quick = new SimpleBooleanProperty(this, "quick");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper chartTitle = new ReadOnlyStringWrapper(this, "chartTitle", "Speedup");
    private final ReadOnlyObjectWrapper<ScalingReport> report = new ReadOnlyObjectWrapper<>(this, "report");

    private CancellationToken cancel;
    private long runs;

    /**
     * @param measurement runs the benchmark ({@link SpeedupMeasurement#benchmark} in the app)
     * @param background  runs the measurement, which blocks for as long as it renders
     * @param fxThread    runs progress and the outcome on the FX thread ({@code Platform::runLater} in the app)
     * @param cores       the machine's cores, as the measurement sees them; counts go up to twice as many
     */
    public SpeedupExperimentViewModel(SpeedupMeasurement measurement, Executor background, Executor fxThread,
                                      int cores) {
        this.measurement = Objects.requireNonNull(measurement, "measurement");
        this.background = Objects.requireNonNull(background, "background");
        this.fxThread = Objects.requireNonNull(fxThread, "fxThread");
        if (cores < 1) {
            throw new IllegalArgumentException("need at least one core, got " + cores);
        }
        this.cores = cores;
        this.steps = new FxLatestValueBridge<>(fxThread, this::showStep);
        workerCounts.set(defaultCounts(cores));
    }

    /** The worker counts to measure, such as "1, 2, 4"; one worker is always measured as the baseline. */
    public StringProperty workerCountsProperty() {
        return workerCounts;
    }

    /** A quick, rough run (one short run a count) instead of the standard budget (about 3 s a count, median of 3). */
    public BooleanProperty quickProperty() {
        return quick;
    }

    /** The budget the next run measures under. */
    public ScalingBudget budget() {
        return quick.get() ? ScalingBudget.QUICK : ScalingBudget.STANDARD;
    }

    public int cores() {
        return cores;
    }

    /**
     * The ideal line of the newest report (before one, of the most counts allowed): one for one up to the
     * cores, flat after them.
     */
    List<SpeedupLines.Point> idealLine() {
        ScalingReport measured = report.get();
        int most = measured == null ? maxWorkers() : measured.rows().get(measured.rows().size() - 1).workers();
        return SpeedupLines.ideal(cores, most);
    }

    public StringProperty firstFrameProperty() {
        return firstFrame;
    }

    public StringProperty lastFrameProperty() {
        return lastFrame;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Runs done over all runs, 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What is happening, or how the last run ended. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Why the fields cannot be measured, or why the run failed; empty when none. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Names the scene, the frames and their size, for the chart. */
    public ReadOnlyStringProperty chartTitleProperty() {
        return chartTitle.getReadOnlyProperty();
    }

    /** The newest finished measurement, or null before the first. */
    public ReadOnlyObjectProperty<ScalingReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** The most workers a count may ask for: twice the cores, to show oversubscription. */
    public int maxWorkers() {
        return 2 * cores;
    }

    /** Puts the default frame range of {@code scene} into the fields: its first {@value #DEFAULT_FRAMES} frames. */
    public void useSceneRange(Scene scene) {
        RenderSettings s = scene.settings();
        firstFrame.set(Integer.toString(s.startFrame()));
        lastFrame.set(Integer.toString(Math.min(s.endFrame(), s.startFrame() + DEFAULT_FRAMES - 1)));
    }

    /**
     * Measures {@code scene} at its own size and quality over the chosen frames (its first frames when none are
     * chosen) at each chosen count; does nothing while a run is going on, and only sets
     * {@link #problemProperty()} when a field is wrong.
     */
    public void start(Scene scene, String sceneName) {
        Objects.requireNonNull(scene, "scene");
        if (running.get()) {
            return;
        }
        if (firstFrame.get().isBlank() && lastFrame.get().isBlank()) {
            useSceneRange(scene);
        }
        List<Integer> counts;
        RenderSettings settings;
        try {
            counts = parseCounts(workerCounts.get(), maxWorkers());
            settings = range(scene.settings(), frame("First frame", firstFrame.get()),
                    frame("Last frame", lastFrame.get()));
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            return;
        }
        problem.set("");
        cancel = new CancellationToken();
        CancellationToken token = cancel;
        long run = ++runs;
        running.set(true);
        progress.set(0);
        message.set("Starting...");
        chartTitle.set(String.format(Locale.ROOT, "Speedup of %s\n%d frames at %d\u00d7%d on %d cores",
                sceneName.replaceFirst("\\.scene\\.json$", ""), settings.frameCount(), settings.width(),
                settings.height(), cores));
        RenderRequest request = RenderRequest.of(scene::poseAt, settings);
        ScalingBudget budget = budget();
        background.execute(() -> {
            try {
                ScalingReport measured = measurement.run(() -> request, counts, budget, steps::post, token);
                fxThread.execute(() -> finished(run, measured));
            } catch (Exception e) {
                fxThread.execute(() -> failed(run, token, e));
            }
        });
    }

    /** Stops the run in progress within a fraction of a second; the previous report stays. */
    public void cancel() {
        if (cancel != null && running.get()) {
            cancel.cancel();
        }
    }

    /**
     * Writes the newest report as CSV (one row per worker count) to {@code file}, replacing it, off the FX
     * thread; the message says where, or the problem why not. Does nothing before a measurement.
     */
    public void saveCsv(Path file) {
        ScalingReport measured = report.get();
        if (measured == null) {
            return;
        }
        Path csv = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv") ? file
                : file.resolveSibling(file.getFileName() + ".csv");
        background.execute(() -> {
            try {
                Files.writeString(csv, measured.csv());
                fxThread.execute(() -> message.set("Saved the table to " + csv.toAbsolutePath()));
            } catch (java.io.IOException | RuntimeException e) {
                fxThread.execute(() -> problem.set("Could not save " + csv.toAbsolutePath() + ": " + FileProblems.describe(e)));
            }
        });
    }

    private void showStep(ScalingListener.Step step) {
        if (!running.get()) {
            return; // a late step of a run that has ended
        }
        progress.set((double) step.index() / step.count());
        message.set(step.warmUp()
                ? String.format(Locale.ROOT, "Warming up at %d workers (run 1 of %d)", step.workers(), step.count())
                : String.format(Locale.ROOT, "Measuring %d worker%s (run %d of %d)", step.workers(),
                step.workers() == 1 ? "" : "s", step.index() + 1, step.count()));
    }

    private void finished(long run, ScalingReport measured) {
        if (run != runs) {
            return;
        }
        running.set(false);
        progress.set(1);
        report.set(measured);
        message.set(measured.headline());
    }

    private void failed(long run, CancellationToken token, Exception e) {
        if (run != runs) {
            return;
        }
        running.set(false);
        progress.set(0);
        if (token.isCancelled()) {
            message.set("Cancelled; the chart shows the previous measurement, if any");
        } else {
            message.set("");
            problem.set("The measurement failed: " + e.getMessage());
        }
    }

    /**
     * Every count up to the cores and one oversubscribed point at twice the cores: "1, 2, 4" for two cores. With
     * many cores, powers of two up to the cores, the cores, and twice the cores.
     */
    static String defaultCounts(int cores) {
        TreeSet<Integer> counts = new TreeSet<>();
        if (cores <= 4) {
            for (int n = 1; n <= cores; n++) {
                counts.add(n);
            }
            counts.add(2 * cores);
        } else {
            for (int n = 1; n <= cores; n *= 2) {
                counts.add(n);
            }
            counts.add(cores);
            counts.add(2 * cores);
        }
        return String.join(", ", counts.stream().map(String::valueOf).toList());
    }

    /** The counts in {@code text}, separated by commas or spaces, each 1 to {@code max}. */
    static List<Integer> parseCounts(String text, int max) {
        List<Integer> counts = new ArrayList<>();
        for (String part : text.strip().split("[,\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            int count;
            try {
                count = Integer.parseInt(part);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Worker counts: '" + part + "' is not a whole number");
            }
            if (count < 1 || count > max) {
                throw new IllegalArgumentException("Worker counts: " + count + " is not between 1 and " + max
                        + " (twice the cores)");
            }
            counts.add(count);
        }
        if (counts.isEmpty()) {
            throw new IllegalArgumentException("Worker counts: give at least one, such as 1, 2, 4");
        }
        return List.copyOf(counts);
    }

    /** The scene's settings over {@code first..last}, which must lie in the scene's own range. */
    private static RenderSettings range(RenderSettings scene, int first, int last) {
        if (first < scene.startFrame() || first > scene.endFrame()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "First frame: %d is outside the scene's frames, %d to %d", first, scene.startFrame(),
                    scene.endFrame()));
        }
        if (last < first || last > scene.endFrame()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "Last frame: %d must be from the first frame, %d, to the scene's last, %d", last, first,
                    scene.endFrame()));
        }
        return scene.withFrames(first, last);
    }

    private static int frame(String field, String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": '" + text.strip() + "' is not a whole number");
        }
    }
}
