package io.brigade.engine.schedule;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Runs one job of a {@link ScalingBenchmark} to its end; tests give fake jobs that advance a fake clock. */
@FunctionalInterface
public interface BenchmarkJobs {

    /** How often a job in progress looks at the cancellation token. */
    long CANCEL_POLL_MILLIS = 50;

    /**
     * Renders {@code request}, blocking until it ends; cancelling {@code cancel} stops it within a fraction of a
     * second.
     *
     * @return the frames rendered
     * @throws RenderJobException when the job fails or is cancelled
     */
    int run(RenderRequest request, CancellationToken cancel) throws RenderJobException;

    /** Real jobs on {@code scheduler}. */
    static BenchmarkJobs on(RenderScheduler scheduler) {
        return (request, cancel) -> {
            if (cancel.isCancelled()) {
                throw RenderJobException.ofJob("the scaling measurement was cancelled", null);
            }
            RenderJob job = scheduler.start(request);
            CompletableFuture<JobResult> result = job.result();
            while (true) {
                try {
                    return result.get(CANCEL_POLL_MILLIS, TimeUnit.MILLISECONDS).orThrow().framesDone();
                } catch (TimeoutException stillRunning) {
                    if (cancel.isCancelled()) {
                        job.cancel();
                    }
                } catch (InterruptedException e) {
                    job.cancel();
                    Thread.currentThread().interrupt();
                    throw RenderJobException.ofJob("interrupted while measuring " + request.workers() + " workers", e);
                } catch (ExecutionException e) {
                    throw RenderJobException.ofJob("the job ended abnormally", e.getCause());
                }
            }
        };
    }
}
