package io.brigade.app.teaching;

import io.brigade.app.concurrent.FxLatestValueBridge;
import io.brigade.app.render.RenderJobs;
import io.brigade.engine.schedule.RenderJob;
import io.brigade.engine.schedule.RenderListener;
import io.brigade.engine.schedule.RenderRequest;
import io.brigade.engine.schedule.TraceSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The worker timeline: what each thread of the newest job did when, growing live while it runs; or, after
 * a comparison, two jobs stacked on one time axis. Jobs started through {@link #showing} or {@link #start}
 * are watched by a {@link RunRecorder} each, whose samples reach the FX thread through one coalescing bridge
 * per job. The UI thread's own work (waiting for a blocking render, or rendering it itself) is added on the
 * FX thread. Use it on the FX thread.
 */
public final class WorkerTimelineViewModel {

    private final Executor fxThread;
    private final AtomicInteger recorders = new AtomicInteger();
    private final ObservableList<TimelineRun> runs = FXCollections.observableArrayList();
    private final ObservableList<TimelineRun> runsView = FXCollections.unmodifiableObservableList(runs);
    /** Per run on show: where its job spans come from, and the spans the UI thread recorded. */
    private final List<Slot> slots = new ArrayList<>();
    private int generation;
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown", true);

    /** @param fxThread runs the samples' hand-over on the FX thread ({@code Platform::runLater} in the app) */
    public WorkerTimelineViewModel(Executor fxThread) {
        this.fxThread = Objects.requireNonNull(fxThread, "fxThread");
    }

    /** Whether the timeline's charts are on show; hidden, the preview gets their room. Shown at first. */
    public BooleanProperty shownProperty() {
        return shown;
    }

    /** The runs on show, top to bottom: one after a render, two after a comparison. */
    public ObservableList<TimelineRun> runs() {
        return runsView;
    }

    /** Jobs that {@code jobs} starts, each shown alone on the timeline, titled by {@code titles}. */
    public RenderJobs showing(RenderJobs jobs, Function<RenderRequest, String> titles) {
        Objects.requireNonNull(jobs, "jobs");
        Objects.requireNonNull(titles, "titles");
        return (request, listener) -> start(jobs, request, listener, titles.apply(request), false, run -> { });
    }

    /**
     * Starts {@code request} through {@code jobs} and shows it: alone, or below the runs on show when
     * {@code alongside}. {@code whenFinished} runs on the FX thread with the run's final sample, also when the
     * run is no longer on show.
     */
    public RenderJob start(RenderJobs jobs, RenderRequest request, RenderListener listener, String title,
                           boolean alongside, Consumer<TimelineRun> whenFinished) {
        if (!alongside) {
            clear();
        }
        int slot = runs.size();
        int shownGeneration = generation;
        FxLatestValueBridge<TimelineRun> samples = new FxLatestValueBridge<>(fxThread, run -> {
            boolean onShow = shownGeneration == generation;
            if (onShow) {
                show(slot, run);
            }
            if (!run.running()) {
                whenFinished.accept(onShow ? runs.get(slot) : run);
            }
        });
        RunRecorder recorder = new RunRecorder(title, request.workers(), request.output().isPresent(),
                "brigade-timeline-" + recorders.incrementAndGet(), samples::post);
        long now = System.nanoTime();
        runs.add(new TimelineRun(title, request.workers(), request.output().isPresent(), now, now, true, List.of()));
        slots.add(new Slot(recorder::spans));
        RenderJob job;
        try {
            job = jobs.start(request, RenderListeners.both(listener, recorder));
        } catch (RuntimeException refused) {
            recorder.abandon();
            runs.remove(slot);
            slots.remove(slot);
            throw refused;
        }
        recorder.attach(job);
        return job;
    }

    /** Shows a run the UI thread did all by itself, such as a blocking render with one worker. */
    public void showUiThreadRun(String title, long originNanos, List<TraceSpan> spans) {
        clear();
        List<TimelineBlock> blocks = spans.stream().map(TimelineBlocks::ofUiSpan).toList();
        long end = blocks.stream().mapToLong(TimelineBlock::endNanos).max().orElse(originNanos);
        Slot slot = new Slot(List::of);
        slot.uiSpans.addAll(spans);
        slots.add(slot);
        runs.add(new TimelineRun(title, 0, false, originNanos, Math.max(originNanos, end), false, blocks));
    }

    /** Adds the UI thread's {@code span} (its wait for the job) to the newest run. */
    public void addUiSpan(TraceSpan span) {
        if (runs.isEmpty()) {
            return;
        }
        int slot = runs.size() - 1;
        slots.get(slot).uiSpans.add(span);
        runs.set(slot, runs.get(slot).withBlocks(List.of(TimelineBlocks.ofUiSpan(span))));
    }

    /** Removes every run; samples of jobs still running are ignored from now on. */
    public void clear() {
        generation++;
        runs.clear();
        slots.clear();
    }

    /**
     * Every run's spans so far, the engine's and the UI thread's together, in real time from the start of the
     * first run; write them off the FX thread.
     */
    public TraceSnapshot trace() {
        List<TraceSpan> spans = new ArrayList<>();
        for (Slot slot : slots) {
            spans.addAll(slot.jobSpans.get());
            spans.addAll(slot.uiSpans);
        }
        long origin = runs.stream().mapToLong(TimelineRun::originNanos).min().orElse(0);
        return new TraceSnapshot(origin, spans);
    }

    /** A span of the UI thread, named after the thread that calls this. */
    static TraceSpan uiSpan(String name, String category, long startNanos, long endNanos, Map<String, Object> args) {
        return new TraceSpan(name, category, Thread.currentThread().getName(), startNanos, endNanos - startNanos, args);
    }

    private void show(int slot, TimelineRun sample) {
        runs.set(slot, sample.withBlocks(slots.get(slot).uiSpans.stream().map(TimelineBlocks::ofUiSpan).toList()));
    }

    /** Where a run's spans come from. */
    private static final class Slot {
        private final Supplier<List<TraceSpan>> jobSpans;
        private final List<TraceSpan> uiSpans = new ArrayList<>();

        Slot(Supplier<List<TraceSpan>> jobSpans) {
            this.jobSpans = jobSpans;
        }
    }
}
