package io.brigade.app.teaching;

import io.brigade.app.concurrent.BackgroundTasks;
import io.brigade.app.render.RenderJobs;
import io.brigade.app.render.RenderViewModel;
import io.brigade.engine.io.FileProblems;
import io.brigade.engine.io.PngWriter;
import io.brigade.engine.scene.RenderSettings;
import io.brigade.engine.scene.Scene;
import io.brigade.engine.schedule.FrameCostProbe;
import io.brigade.engine.schedule.RenderJob;
import io.brigade.engine.schedule.RenderListener;
import io.brigade.engine.schedule.RenderRequest;
import io.brigade.engine.schedule.RenderTimeEstimate;
import io.brigade.engine.schedule.TraceSpan;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The instructor's side of rendering: the execution mode Render Animation runs in, the blocking render
 * (which freezes the window on purpose and then says for how long, measured), the comparison of one worker
 * with many, and the exports of the worker timeline. Use it on the FX thread.
 */
public final class TeachingViewModel {

    private final ExecutionModeViewModel mode;
    private final WorkerTimelineViewModel timeline;
    private final ResponsivenessViewModel responsiveness = new ResponsivenessViewModel();
    private final RenderViewModel render;
    private final RenderJobs jobs;
    private final BackgroundTasks backgroundTasks;
    private final ReadOnlyObjectProperty<Scene> scene;

    private final ReadOnlyStringWrapper freezeReport = new ReadOnlyStringWrapper(this, "freezeReport", "");
    private final ReadOnlyLongWrapper measuredFreeze = new ReadOnlyLongWrapper(this, "measuredFreeze");
    private final ReadOnlyBooleanWrapper comparing = new ReadOnlyBooleanWrapper(this, "comparing");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private RenderJob compareJob;
    private boolean compareCancelled;
    /** True while a blocking render runs on the FX thread. */
    private boolean blocking;

    /**
     * @param render          the final render, started through jobs that {@code timeline} shows
     * @param jobs            starts the comparison's jobs
     * @param backgroundTasks probes and writes exports off the FX thread
     * @param scene           the scene being edited
     */
    public TeachingViewModel(ExecutionModeViewModel mode, WorkerTimelineViewModel timeline, RenderViewModel render,
                             RenderJobs jobs, BackgroundTasks backgroundTasks, ReadOnlyObjectProperty<Scene> scene) {
        this.mode = Objects.requireNonNull(mode, "mode");
        this.timeline = Objects.requireNonNull(timeline, "timeline");
        this.render = Objects.requireNonNull(render, "render");
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.backgroundTasks = Objects.requireNonNull(backgroundTasks, "backgroundTasks");
        this.scene = Objects.requireNonNull(scene, "scene");
        render.runningProperty().addListener((observable, was, now) -> {
            if (now) {
                cancelCompare(); // the render takes the timeline and the cores
                if (!blocking) {
                    forgetFreeze(); // the freeze report belongs to the blocking render that froze
                }
            }
        });
    }

    /** The title a render's run gets on the timeline, such as "Async, 4 workers". */
    public static String runTitle(WhoWaits whoWaits, int workers) {
        return whoWaits.label() + ", " + workers + (workers == 1 ? " worker" : " workers");
    }

    public ExecutionModeViewModel mode() {
        return mode;
    }

    public WorkerTimelineViewModel timeline() {
        return timeline;
    }

    public ResponsivenessViewModel responsiveness() {
        return responsiveness;
    }

    /** After a blocking render: "UI was frozen for 7.9 s", measured from the gap in the FX pulses. */
    public ReadOnlyStringProperty freezeReportProperty() {
        return freezeReport.getReadOnlyProperty();
    }

    /** How long the newest blocking render froze the window, in nanoseconds; 0 before one. */
    public ReadOnlyLongProperty measuredFreezeProperty() {
        return measuredFreeze.getReadOnlyProperty();
    }

    /** True while the comparison runs. */
    public ReadOnlyBooleanProperty comparingProperty() {
        return comparing.getReadOnlyProperty();
    }

    /** What the comparison or the latest export came to. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Clears the freeze report, as when another scene opens or another render starts. */
    public void forgetFreeze() {
        freezeReport.set("");
        measuredFreeze.set(0);
    }

    /**
     * Before a blocking render: times a few frames spread over the scene's range off the FX thread, rendered and
     * written as the render will (after warming up), and hands {@code ready} the plan the confirmation shows.
     * Does nothing without a scene or while a render runs.
     */
    public void planBlockingRender(Path folder, Consumer<BlockingRenderPlan> ready) {
        Scene current = scene.get();
        if (current == null || render.runningProperty().get()) {
            return;
        }
        RenderSettings settings = current.settings();
        int workers = mode.workers();
        message.set("Timing a few frames to estimate the freeze...");
        int first = settings.startFrame();
        int last = settings.endFrame();
        backgroundTasks.run(() -> FrameCostProbe.measure(current, first, last, workers), costs -> {
            message.set("");
            ready.accept(new BlockingRenderPlan(folder, first, last, costs, workers, mode.cores()));
        }, failure -> message.set("Could not time the frames: " + failure.getMessage()));
    }

    /**
     * Renders the plan's frames while the FX thread waits, on purpose: with one worker the FX thread renders
     * every frame itself, with more it blocks on the job. Returns when the render has ended; on the next pulse
     * the freeze report says how long the window stood still.
     */
    public void renderBlocking(BlockingRenderPlan plan) {
        Scene current = scene.get();
        if (current == null || render.runningProperty().get() || !plan.validProperty().get()) {
            return;
        }
        int first = plan.firstFrameProperty().get();
        int last = plan.lastFrameProperty().get();
        RenderTimeEstimate estimate = plan.estimate();
        long since = System.nanoTime();
        forgetFreeze();
        blocking = true;
        if (mode.workers() == 1) {
            List<TraceSpan> spans = new ArrayList<>();
            render.runHere(current, plan.folder(), first, last,
                    (request, listener) -> spans.addAll(UiThreadRender.run(request, listener)));
            timeline.showUiThreadRun(runTitle(WhoWaits.BLOCKING, 1), since, spans);
        } else {
            render.start(current, plan.folder(), first, last).ifPresent(this::waitOnTheUiThread);
        }
        blocking = false;
        responsiveness.measureFreezeSince(since, System.nanoTime(), frozen -> {
            measuredFreeze.set(frozen);
            freezeReport.set(String.format(Locale.ROOT, "UI was frozen for %s (estimated %s, %s)",
                    ResponsivenessViewModel.millis(frozen), ResponsivenessViewModel.millis(estimate.nanos()),
                    BlockingRenderPlan.range(estimate)));
        });
    }

    /**
     * Renders the scene's frames on one worker, then on the chosen workers (all cores when that is one), and
     * shows both runs stacked on the timeline. Frames are not written. Does nothing while a render runs.
     */
    public void compare() {
        Scene current = scene.get();
        if (current == null || comparing.get() || render.runningProperty().get()) {
            return;
        }
        int parallel = mode.workers() > 1 ? mode.workers() : Math.max(2, mode.cores());
        RenderRequest sequential = RenderRequest.of(current::poseAt, current.settings()).withWorkers(1);
        comparing.set(true);
        compareCancelled = false;
        message.set("Comparing: rendering on 1 worker...");
        compareJob = timeline.start(jobs, sequential, RenderListener.NONE, "Sequential: 1 worker", false,
                done -> {
                    if (compareCancelled) {
                        compareEnded("Comparison cancelled");
                        return;
                    }
                    message.set("Comparing: rendering on " + parallel + " workers...");
                    compareJob = timeline.start(jobs, sequential.withWorkers(parallel), RenderListener.NONE,
                            "Parallel: " + parallel + " workers", true, parallelDone -> compareEnded(
                                    compareCancelled ? "Comparison cancelled" : summary(done, parallelDone)));
                });
    }

    /** Stops the comparison. */
    public void cancelCompare() {
        if (comparing.get() && compareJob != null) {
            compareCancelled = true;
            compareJob.cancel();
        }
    }

    /** Writes the timeline's trace as Chrome trace-event JSON, off the FX thread. */
    public void exportTrace(Path file) {
        TraceSnapshot trace = timeline.trace();
        backgroundTasks.run(() -> {
            trace.writeChromeJson(file);
            return file;
        }, written -> message.set("Saved the trace to " + written.toAbsolutePath()),
                failure -> message.set("Could not save the trace to " + file + ": " + FileProblems.describe(failure)));
    }

    /** Writes an ARGB picture of the timeline as a PNG file, off the FX thread. */
    public void exportPng(Path file, int width, int height, int[] argb) {
        backgroundTasks.run(() -> {
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
            image.setRGB(0, 0, width, height, argb, 0, width);
            PngWriter.write(image, file);
            return file;
        }, written -> message.set("Saved the timeline to " + written.toAbsolutePath()),
                failure -> message.set("Could not save the timeline to " + file + ": " + FileProblems.describe(failure)));
    }

    /** The deliberate anti-pattern: the FX thread blocks on the job, recorded on the timeline's UI lane. */
    private void waitOnTheUiThread(RenderJob job) {
        long start = System.nanoTime();
        try {
            job.result().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("a job's result completes normally", e);
        }
        timeline.addUiSpan(WorkerTimelineViewModel.uiSpan("UI thread blocked, waiting for the render", "wait",
                start, System.nanoTime(), Map.of("workers", job.request().workers())));
    }

    private void compareEnded(String text) {
        comparing.set(false);
        compareJob = null;
        message.set(text);
    }

    private static String summary(TimelineRun sequential, TimelineRun parallel) {
        double one = sequential.durationNanos() / 1e9;
        double many = parallel.durationNanos() / 1e9;
        return String.format(Locale.ROOT, "1 worker: %.2f s, %d workers: %.2f s, speedup %.2f\u00d7", one,
                parallel.workers(), many, many > 0 ? one / many : 0);
    }
}
