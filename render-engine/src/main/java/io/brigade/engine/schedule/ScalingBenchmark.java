package io.brigade.engine.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Runs the same render job at several worker counts and reports how it scales. One warm-up job at
 * the largest count runs first (so the JIT has compiled the renderer), then each count is run
 * {@code repetitions} times and its fastest wall time kept. One worker is always measured, as the
 * baseline of the speedups.
 */
public final class ScalingBenchmark {

    /** How often a run in progress looks at the cancellation token. */
    private static final long CANCEL_POLL_MILLIS = 50;

    private final RenderScheduler scheduler;
    private final int repetitions;

    public ScalingBenchmark(RenderScheduler scheduler, int repetitions) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        if (repetitions < 1) {
            throw new IllegalArgumentException("repetitions must be >= 1, got " + repetitions);
        }
        this.repetitions = repetitions;
    }

    /**
     * Measures {@code requests.get().withWorkers(n)} for each n of {@code workerCounts} (and 1). Blocks
     * the calling thread until all runs are done.
     *
     * @throws RenderJobException when a run fails or is cancelled
     */
    public ScalingReport run(Supplier<RenderRequest> requests, List<Integer> workerCounts) throws RenderJobException {
        return run(requests, workerCounts, ScalingListener.NONE, CancellationToken.NONE);
    }

    /**
     * As {@link #run(Supplier, List)}, telling {@code listener} before each run starts. Cancelling
     * {@code cancel} stops the run in progress within a fraction of a second and starts no more.
     *
     * @throws RenderJobException when a run fails, or is cancelled through {@code cancel}
     */
    public ScalingReport run(Supplier<RenderRequest> requests, List<Integer> workerCounts, ScalingListener listener,
                             CancellationToken cancel) throws RenderJobException {
        Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(cancel, "cancel");
        TreeSet<Integer> counts = new TreeSet<>(workerCounts);
        counts.add(1);
        int runs = 1 + counts.size() * repetitions;
        listener.runStarting(new ScalingListener.Step(0, runs, counts.last(), true));
        runOnce(requests.get().withWorkers(counts.last()), cancel);
        List<Integer> order = new ArrayList<>(counts);
        double[] wall = new double[order.size()];
        int[] frames = new int[order.size()];
        int index = 1;
        for (int i = 0; i < order.size(); i++) {
            wall[i] = Double.MAX_VALUE;
            for (int r = 0; r < repetitions; r++) {
                listener.runStarting(new ScalingListener.Step(index++, runs, order.get(i), false));
                JobResult result = runOnce(requests.get().withWorkers(order.get(i)), cancel);
                wall[i] = Math.min(wall[i], result.wallTime().toNanos() / 1e9);
                frames[i] = result.framesDone();
            }
        }
        List<ScalingRow> rows = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            rows.add(ScalingRow.of(order.get(i), wall[i], frames[i], wall[0]));
        }
        return new ScalingReport(rows, rows.size() > 1 ? AmdahlFit.serialFraction(rows) : Double.NaN);
    }

    private JobResult runOnce(RenderRequest request, CancellationToken cancel) throws RenderJobException {
        if (cancel.isCancelled()) {
            throw RenderJobException.ofJob("the scaling measurement was cancelled", null);
        }
        RenderJob job = scheduler.start(request);
        CompletableFuture<JobResult> result = job.result();
        while (true) {
            try {
                return result.get(CANCEL_POLL_MILLIS, TimeUnit.MILLISECONDS).orThrow();
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
    }
}
