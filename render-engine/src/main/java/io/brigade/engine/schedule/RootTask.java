package io.brigade.engine.schedule;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountedCompleter;

/**
 * The top of a job's task tree: completes {@code done} once every frame task has completed. Tasks are
 * {@link CountedCompleter}s that fork and never join, so no worker ever blocks waiting for another.
 */
final class RootTask extends CountedCompleter<Void> {

    private final JobRun job;
    private final CompletableFuture<Void> done;

    RootTask(JobRun job, CompletableFuture<Void> done) {
        this.job = job;
        this.done = done;
    }

    @Override
    public void compute() {
        addToPendingCount(1);
        new FrameRangeTask(this, job, 0, job.frameCount()).fork();
        tryComplete();
    }

    @Override
    public void onCompletion(CountedCompleter<?> caller) {
        done.complete(null);
    }

    @Override
    public boolean onExceptionalCompletion(Throwable ex, CountedCompleter<?> caller) {
        done.completeExceptionally(ex);
        return false;
    }
}
