package io.brigade.app.render;

import io.brigade.app.concurrent.BackgroundTasks;
import io.brigade.app.concurrent.FxLatestValueBridge;
import io.brigade.engine.io.PngWriter;
import io.brigade.engine.raster.RenderedFrame;
import io.brigade.engine.scene.Scene;
import io.brigade.engine.schedule.JobResult;
import io.brigade.engine.schedule.RenderEvent;
import io.brigade.engine.schedule.RenderJob;
import io.brigade.engine.schedule.RenderListener;
import io.brigade.engine.schedule.RenderRequest;
import io.brigade.engine.schedule.RenderTooLargeException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.BitSet;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A final render of one frame at the scene's own settings on the engine's scheduler, which splits the frame
 * into bands that the workers share. The engine reports when each band begins and hands over the finished
 * frame whole, so the band progress shows here and the still in the viewport once it is done. It can be
 * saved as a PNG file. Use it on the FX thread.
 */
public final class StillRenderViewModel {

    private final RenderJobs jobs;
    private int workers;
    private final BackgroundTasks backgroundTasks;
    private final FxLatestValueBridge<StillStatus> statuses;

    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(this, "shown");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(this, "headline", "");
    private final ReadOnlyObjectWrapper<RenderedFrame> still = new ReadOnlyObjectWrapper<>(this, "still");
    private final ReadOnlyObjectWrapper<StillStatus> status = new ReadOnlyObjectWrapper<>(this, "status");

    private RenderJob job;

    /**
     * @param jobs            starts the jobs ({@link RenderJobs#scheduler()} in the app)
     * @param workers         worker threads sharing the frame's bands
     * @param backgroundTasks writes saved stills off the FX thread
     * @param fxThread        runs the status hand-over on the FX thread ({@code Platform::runLater} in the app)
     */
    public StillRenderViewModel(RenderJobs jobs, int workers, BackgroundTasks backgroundTasks, Executor fxThread) {
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        if (workers < 1) {
            throw new IllegalArgumentException("need at least one worker, got " + workers);
        }
        this.workers = workers;
        this.backgroundTasks = Objects.requireNonNull(backgroundTasks, "backgroundTasks");
        this.statuses = new FxLatestValueBridge<>(Objects.requireNonNull(fxThread, "fxThread"), this::show);
    }

    /** The newest status of the newest still, or null before the first. */
    public ReadOnlyObjectProperty<StillStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True once a still has been started, until its panel is closed. */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Bands begun over bands while rendering, 1 once done. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Such as "Rendering frame 12: band 3 of 8" or "Rendered frame 12 (640 x 360) in 0:01". */
    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    /** The newest finished still, or null while there is none; it stays until the next still starts. */
    public ReadOnlyObjectProperty<RenderedFrame> stillProperty() {
        return still.getReadOnlyProperty();
    }

    /** Starts rendering {@code frame} of {@code scene} at its settings; does nothing while a still renders. */
    public void start(Scene scene, int frame) {
        Objects.requireNonNull(scene, "scene");
        if (running.get()) {
            return;
        }
        RenderRequest request = RenderRequest.of(scene::poseAt, scene.settings().withFrames(frame, frame))
                .withWorkers(workers);
        still.set(null);
        shown.set(true);
        show(StillStatus.starting(frame));
        try {
            job = jobs.start(request, new StatusListener(frame));
        } catch (RenderTooLargeException e) { // refused before any thread started: too big for this heap
            show(new StillStatus(RenderStatus.Phase.FAILED, frame, 0, 0, Optional.empty(), Duration.ZERO,
                    Optional.of(e.getMessage())));
        }
    }

    /** Worker threads for the jobs started from now on. */
    public void setWorkers(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("need at least one worker, got " + count);
        }
        workers = count;
    }

    public void cancel() {
        if (job != null) {
            job.cancel();
        }
    }

    /** Hides the panel of a finished still. */
    public void dismiss() {
        if (!running.get()) {
            shown.set(false);
        }
    }

    /**
     * Writes the finished still to {@code file} as PNG off the FX thread, then runs {@code onSaved} or
     * {@code onFailure} on the FX thread; does nothing while there is no still.
     */
    public void save(Path file, Runnable onSaved, Consumer<? super Exception> onFailure) {
        Objects.requireNonNull(file, "file");
        RenderedFrame frame = still.get();
        if (frame == null) {
            return;
        }
        backgroundTasks.run(() -> {
            PngWriter.write(frame, file);
            return file;
        }, written -> onSaved.run(), onFailure);
    }

    private void show(StillStatus status) {
        running.set(status.isRunning());
        progress.set(status.fraction());
        status.still().ifPresent(still::set);
        headline.set(switch (status.phase()) {
            case RUNNING -> status.bandCount() == 0
                    ? "Rendering frame " + status.frame()
                    : "Rendering frame " + status.frame() + ": band " + status.bandsStarted() + " of "
                            + status.bandCount();
            case COMPLETED -> status.still()
                    .map(frame -> "Rendered frame " + status.frame() + " (" + frame.width() + " \u00d7 "
                            + frame.height() + ") in " + DurationText.of(status.elapsed()))
                    .orElse("Rendered frame " + status.frame());
            case CANCELLED -> "Cancelled the still of frame " + status.frame();
            case FAILED -> "Still failed: " + status.failure().orElse("");
        });
        this.status.set(status); // last, so that its listeners read the texts above already updated
    }

    /** Runs on the job's event thread: counts bands and keeps the frame, never touching FX state. */
    private final class StatusListener implements RenderListener {
        private final int frame;
        private final BitSet bandsBegun = new BitSet(); // by band, so that a retried frame counts no band twice
        private int bandsStarted;
        private int bandCount;
        private RenderedFrame finished;

        StatusListener(int frame) {
            this.frame = frame;
        }

        @Override
        public void taskStarted(RenderEvent.TaskStarted event) {
            bandsBegun.set(event.tile());
            bandsStarted = bandsBegun.cardinality();
            bandCount = event.tileCount();
            statuses.post(new StillStatus(RenderStatus.Phase.RUNNING, frame, bandsStarted, bandCount,
                    Optional.empty(), Duration.ZERO, Optional.empty()));
        }

        @Override
        public void frameFinished(RenderEvent.FrameFinished event) {
            finished = event.frame();
        }

        @Override
        public void jobFinished(RenderEvent.JobFinished event) {
            JobResult result = event.result();
            RenderStatus.Phase phase = switch (result.outcome()) {
                case COMPLETED -> RenderStatus.Phase.COMPLETED;
                case CANCELLED -> RenderStatus.Phase.CANCELLED;
                case FAILED -> RenderStatus.Phase.FAILED;
            };
            statuses.post(new StillStatus(phase, frame, bandsStarted, bandCount,
                    phase == RenderStatus.Phase.COMPLETED ? Optional.ofNullable(finished) : Optional.empty(),
                    result.wallTime(), result.failure().map(Throwable::getMessage)));
        }
    }
}
