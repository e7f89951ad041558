package io.brigade.engine.schedule;

import io.brigade.engine.schedule.RenderEvent.Progress;

import java.util.concurrent.CompletableFuture;

/** The handle of a started render job: await it, cancel it, read its progress and its trace. */
public final class RenderJob {

    private final JobRun run;
    private final RenderRequest request;

    RenderJob(JobRun run, RenderRequest request) {
        this.run = run;
        this.request = request;
    }

    public RenderRequest request() {
        return request;
    }

    /**
     * Completes, always normally, with the job's result once it has ended: completed, cancelled or
     * failed (the failure is inside the result). By then no job thread renders or writes any more.
     * Each call returns a new dependent future, so cancelling or completing it does not touch the job:
     * use {@link #cancel()} to stop the job.
     */
    public CompletableFuture<JobResult> result() {
        return run.result().copy();
    }

    /**
     * Asks the job to stop and returns at once. Frames in progress are dropped; frames finished before
     * are kept (and stay written). The result's outcome is {@link JobOutcome#CANCELLED} unless a failure
     * happened first. Cancelling a job that has ended does nothing.
     */
    public void cancel() {
        run.cancel();
    }

    /** Frames finished so far out of those to render, with rate and estimate. */
    public Progress progress() {
        return run.progress();
    }

    /** What each thread did when; complete once {@link #result()} has completed. */
    public JobTrace trace() {
        return run.trace();
    }

    public boolean isDone() {
        return run.result().isDone();
    }
}
