package io.brigade.app.render;

import io.brigade.app.concurrent.FxLatestValueBridge;
import io.brigade.engine.io.PngSequenceWriter;
import io.brigade.engine.scene.RenderSettings;
import io.brigade.engine.scene.Scene;
import io.brigade.engine.schedule.JobResult;
import io.brigade.engine.schedule.RenderEvent;
import io.brigade.engine.schedule.RenderJob;
import io.brigade.engine.schedule.RenderListener;
import io.brigade.engine.schedule.RenderRequest;
import io.brigade.engine.schedule.RenderTooLargeException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A final render of the whole animation into a folder of PNG files, on the engine's scheduler, while the
 * editor goes on working: the job renders the scene as it was when it started. Its progress reaches the FX
 * thread through one coalescing bridge. Use it on the FX thread.
 */
public final class RenderViewModel {

    private final RenderJobs jobs;
    private int workers;
    private final FxLatestValueBridge<RenderStatus> statuses;

    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(this, "shown");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper framesText = new ReadOnlyStringWrapper(this, "framesText", "");
    private final ReadOnlyStringWrapper rateText = new ReadOnlyStringWrapper(this, "rateText", "");
    private final ReadOnlyStringWrapper etaText = new ReadOnlyStringWrapper(this, "etaText", "");
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(this, "headline", "");
    private final ReadOnlyObjectWrapper<RenderStatus> status = new ReadOnlyObjectWrapper<>(this, "status");
    private final ReadOnlyBooleanWrapper sceneChanged = new ReadOnlyBooleanWrapper(this, "sceneChanged");
    private final ObservableList<FrameThumbnail> thumbnails = FXCollections.observableArrayList();
    private final ObservableList<FrameThumbnail> thumbnailsView = FXCollections.unmodifiableObservableList(thumbnails);
    private final ObservableList<FrameSlot> frameSlots = FXCollections.observableArrayList();
    private final ObservableList<FrameSlot> frameSlotsView = FXCollections.unmodifiableObservableList(frameSlots);

    private RenderJob job;
    private Path folder;
    private Scene rendered;
    /** The settings of the newest render, with the frame range it really rendered. */
    private RenderSettings renderedSettings;
    private PngSequenceWriter writer;

    /**
     * @param jobs     starts the jobs ({@link RenderJobs#scheduler()} in the app)
     * @param workers  worker threads per job
     * @param fxThread runs the status hand-over on the FX thread ({@code Platform::runLater} in the app)
     */
    public RenderViewModel(RenderJobs jobs, int workers, Executor fxThread) {
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        if (workers < 1) {
            throw new IllegalArgumentException("need at least one worker, got " + workers);
        }
        this.workers = workers;
        this.statuses = new FxLatestValueBridge<>(Objects.requireNonNull(fxThread, "fxThread"), this::show);
    }

    /** The newest status of the newest render, or null before the first. */
    public ReadOnlyObjectProperty<RenderStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True once a render has started, until the panel is closed. */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** True while a job runs; only one runs at a time. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Frames done over frames to render, 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Such as "12 / 96 frames". */
    public ReadOnlyStringProperty framesTextProperty() {
        return framesText.getReadOnlyProperty();
    }

    /** Such as "8.3 frames/s"; empty until a frame is done. */
    public ReadOnlyStringProperty rateTextProperty() {
        return rateText.getReadOnlyProperty();
    }

    /** Such as "ETA 11.0 s" while running; empty otherwise. */
    public ReadOnlyStringProperty etaTextProperty() {
        return etaText.getReadOnlyProperty();
    }

    /** True while the scene being edited is no longer the one the newest render is making. */
    public ReadOnlyBooleanProperty sceneChangedProperty() {
        return sceneChanged.getReadOnlyProperty();
    }

    /**
     * Tells which scene the editor holds now. The undo stack brings back the very snapshot an edit replaced,
     * so comparing by identity is comparing revisions: undoing back to the click clears the mark.
     */
    public void editorSceneIs(Scene current) {
        sceneChanged.set(rendered != null && current != rendered);
    }

    /** A small picture of each frame finished by the newest render, in the order they finished. */
    public ObservableList<FrameThumbnail> thumbnails() {
        return thumbnailsView;
    }

    /**
     * One place per frame of the newest render, in frame order, each filled with its thumbnail as the frame
     * finishes: the strip reads like a film however the workers share the frames.
     */
    public ObservableList<FrameSlot> frameSlots() {
        return frameSlotsView;
    }

    /** Width over height of the newest render's frames, 16/9 before the first. */
    public double frameAspect() {
        return renderedSettings == null ? 16.0 / 9 : (double) renderedSettings.width() / renderedSettings.height();
    }

    /** The file the newest render writes {@code frame} into; empty before the first render. */
    public Optional<Path> frameFile(int frame) {
        return Optional.ofNullable(writer).map(sequence -> sequence.pathFor(frame));
    }

    /** What is happening: rendering into where, or how it ended. */
    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    /**
     * Starts rendering every frame of {@code scene} at its own settings into {@code into}, as
     * {@code frame_00000.png}, ...; does nothing while another render runs.
     */
    public void start(Scene scene, Path into) {
        Objects.requireNonNull(scene, "scene");
        start(scene, into, scene.settings().startFrame(), scene.settings().endFrame());
    }

    /**
     * Starts rendering frames {@code firstFrame..lastFrame} of {@code scene} into {@code into}; returns the job,
     * or empty when another render runs or the engine refused the job (the status then says why).
     */
    public Optional<RenderJob> start(Scene scene, Path into, int firstFrame, int lastFrame) {
        Optional<RenderRequest> request = prepare(scene, into, firstFrame, lastFrame);
        if (request.isEmpty()) {
            return Optional.empty();
        }
        try {
            job = jobs.start(request.get(), new StatusListener());
            return Optional.of(job);
        } catch (RenderTooLargeException e) { // refused before any thread started: too big for this heap
            show(new RenderStatus(RenderStatus.Phase.FAILED, 0, request.get().frameCount(), 0, Optional.empty(),
                    Duration.ZERO, Optional.of(e.getMessage()), List.of()));
            return Optional.empty();
        }
    }

    /**
     * Renders as {@link #start(Scene, Path, int, int)} does, but hands the request and the panel's listener to
     * {@code renderHere}, which renders on the calling thread and returns when done (blocking mode with one
     * worker renders on the FX thread itself). Does nothing while another render runs.
     */
    public void runHere(Scene scene, Path into, int firstFrame, int lastFrame,
                        BiConsumer<RenderRequest, RenderListener> renderHere) {
        Objects.requireNonNull(renderHere, "renderHere");
        prepare(scene, into, firstFrame, lastFrame).ifPresent(request -> {
            job = null;
            renderHere.accept(request, new StatusListener());
        });
    }

    private Optional<RenderRequest> prepare(Scene scene, Path into, int firstFrame, int lastFrame) {
        Objects.requireNonNull(scene, "scene");
        Objects.requireNonNull(into, "into");
        if (running.get()) {
            return Optional.empty();
        }
        writer = new PngSequenceWriter(into);
        RenderRequest request = RenderRequest.of(scene::poseAt, scene.settings().withFrames(firstFrame, lastFrame))
                .withWorkers(workers).withOutput(writer);
        folder = into;
        rendered = scene;
        renderedSettings = request.settings();
        sceneChanged.set(false);
        thumbnails.clear();
        List<FrameSlot> waiting = new ArrayList<>(request.frameCount());
        for (int frame = request.settings().startFrame(); frame <= request.settings().endFrame(); frame++) {
            waiting.add(FrameSlot.waiting(frame));
        }
        frameSlots.setAll(waiting);
        shown.set(true);
        show(RenderStatus.starting(request.frameCount()));
        return Optional.of(request);
    }

    /** Worker threads for the jobs started from now on. */
    public void setWorkers(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("need at least one worker, got " + count);
        }
        workers = count;
    }

    /** Stops the running render; frames already written stay. */
    public void cancel() {
        if (job != null) {
            job.cancel();
        }
    }

    /** Hides the panel of a finished render. */
    public void dismiss() {
        if (!running.get()) {
            shown.set(false);
        }
    }

    /**
     * Forgets the newest render when another scene opens, so that scene starts clean: no panel, no strip, no
     * "scene changed" mark. A render still running is kept: its frames are on their way.
     */
    public void forget() {
        if (running.get()) {
            return;
        }
        shown.set(false);
        thumbnails.clear();
        frameSlots.clear();
        rendered = null;
        sceneChanged.set(false);
    }

    private void show(RenderStatus status) {
        running.set(status.isRunning());
        progress.set(status.fraction());
        framesText.set(String.format(Locale.ROOT, "%d / %d frames", status.done(), status.total()));
        rateText.set(status.done() == 0 ? "" : String.format(Locale.ROOT, "%.1f frames/s", status.framesPerSecond()));
        List<FrameThumbnail> finished = status.thumbnails();
        if (finished.size() > thumbnails.size()) {
            List<FrameThumbnail> arrived = finished.subList(thumbnails.size(), finished.size());
            thumbnails.addAll(arrived);
            int first = renderedSettings.startFrame();
            arrived.forEach(thumbnail -> frameSlots.set(thumbnail.frame() - first, FrameSlot.finished(thumbnail)));
        }
        etaText.set(status.isRunning() ? status.eta().map(eta -> "ETA " + DurationText.of(eta)).orElse("") : "");
        headline.set(switch (status.phase()) {
            case RUNNING -> "Rendering into " + folder;
            case COMPLETED -> "Rendered " + status.total() + " frames into " + folder + " in "
                    + DurationText.of(status.elapsed());
            case CANCELLED -> "Cancelled after " + status.done() + " of " + status.total() + " frames";
            case FAILED -> "Render failed: " + status.failure().orElse("");
        });
        this.status.set(status); // last, so that its listeners read the texts above already updated
    }

    /** The frames of the newest render once it has completed, for exporting; empty before, while and after others. */
    public Optional<RenderedSequence> completedSequence() {
        RenderStatus newest = status.get();
        if (writer == null || newest == null || newest.phase() != RenderStatus.Phase.COMPLETED) {
            return Optional.empty();
        }
        return Optional.of(new RenderedSequence(writer, renderedSettings.startFrame(), renderedSettings.endFrame(),
                renderedSettings.fps()));
    }

    /**
     * Runs on the job's event thread: turns events into statuses and posts them, never touching FX state.
     * Shrinking each finished frame to a thumbnail happens here too, off the FX thread.
     */
    private final class StatusListener implements RenderListener {
        private final ThumbnailLog thumbnailLog = new ThumbnailLog();
        private List<FrameThumbnail> finished = List.of();

        @Override
        public void frameFinished(RenderEvent.FrameFinished event) {
            thumbnailLog.append(FrameThumbnail.of(event.frame(), FrameThumbnail.WIDTH));
            finished = thumbnailLog.snapshot();
        }

        @Override
        public void progress(RenderEvent.Progress event) {
            statuses.post(new RenderStatus(RenderStatus.Phase.RUNNING, event.done(), event.total(),
                    event.framesPerSecond(), event.eta(), event.elapsed(), Optional.empty(), finished));
        }

        @Override
        public void jobFinished(RenderEvent.JobFinished event) {
            JobResult result = event.result();
            RenderStatus.Phase phase = switch (result.outcome()) {
                case COMPLETED -> RenderStatus.Phase.COMPLETED;
                case CANCELLED -> RenderStatus.Phase.CANCELLED;
                case FAILED -> RenderStatus.Phase.FAILED;
            };
            int total = result.framesInRange() - result.framesSkipped();
            statuses.post(new RenderStatus(phase, result.framesDone(), total, result.framesPerSecond(),
                    Optional.empty(), result.wallTime(), result.failure().map(Throwable::getMessage), finished));
        }
    }
}
