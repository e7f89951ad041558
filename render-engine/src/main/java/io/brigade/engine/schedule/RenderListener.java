package io.brigade.engine.schedule;

import io.brigade.engine.schedule.RenderEvent.FrameFinished;
import io.brigade.engine.schedule.RenderEvent.FrameRetried;
import io.brigade.engine.schedule.RenderEvent.JobFinished;
import io.brigade.engine.schedule.RenderEvent.JobStarted;
import io.brigade.engine.schedule.RenderEvent.Progress;
import io.brigade.engine.schedule.RenderEvent.TaskStarted;

/**
 * Receives a render job's events.
 *
 * <p><b>Threading contract.</b> Every callback of a job runs on that job's own event thread
 * ({@code brigade-events-N}), one at a time and in the order the events happened; never on a worker.
 * So a listener needs no locking of its own, cannot deadlock the workers, and cannot slow rendering:
 * events wait in an unbounded queue while a callback runs. The queue also means no event is dropped:
 * {@link #jobStarted} comes first, {@link #jobFinished} comes last, every frame gets exactly one
 * {@link #frameFinished}, and progress never goes backwards. The price: a listener slower than the
 * renderer holds undelivered frames (and their pixels) in memory, so keep callbacks short: hand work
 * off, or keep only the latest state for a UI to pick up (a JavaFX view should coalesce, not call
 * {@code Platform.runLater} per event).
 *
 * <p>The job's future may complete just before {@link #jobFinished} is delivered. An exception thrown
 * by a callback goes to the event thread's uncaught-exception handler; later events are still delivered.
 */
public interface RenderListener {

    /** Listens to nothing; a job given it starts no event thread. */
    RenderListener NONE = new RenderListener() {
    };

    /** First: which frames will be rendered, by how many workers, at what size. */
    default void jobStarted(JobStarted event) {
    }

    /** A worker began a whole frame or one of its tiles. */
    default void taskStarted(TaskStarted event) {
    }

    /** A frame failed and is tried again. */
    default void frameRetried(FrameRetried event) {
    }

    /** A frame is finished; carries its pixels. Exactly once per finished frame, before its progress event. */
    default void frameFinished(FrameFinished event) {
    }

    /** After each finished frame: counts, rate and estimated time left. */
    default void progress(Progress event) {
    }

    /** Last: completed, cancelled or failed, with the summary. */
    default void jobFinished(JobFinished event) {
    }
}
