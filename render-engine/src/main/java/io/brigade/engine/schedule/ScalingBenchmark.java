package io.brigade.engine.schedule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Runs the same render job at several worker counts and reports how it scales, by the rules of a
 * {@link ScalingBudget}: the renderer warms up first (so the JIT has compiled it), every point renders the
 * same frames, enough for the slowest to be stable, the points are measured in turn {@code repetitions}
 * times (so a slow spell of a shared machine hits all of them alike) and each keeps its median. One worker is
 * always measured, as the baseline. The command line's {@code bench --workers} and the app's speedup
 * experiment both measure through this class.
 */
public final class ScalingBenchmark {

    private final BenchmarkJobs jobs;
    private final LongSupplier nanoClock;
    private final LongSupplier processCpuNanos;
    private final int cores;
    private final ScalingBudget budget;

    /**
     * @param jobs      runs each job to its end
     * @param nanoClock       the time in nanoseconds ({@code System::nanoTime}); read around each job
     * @param processCpuNanos the process's CPU time, or -1 where unknown; read around each job
     * @param cores           the cores the jobs can run on; counts above it are oversubscribed
     */
    public ScalingBenchmark(BenchmarkJobs jobs, LongSupplier nanoClock, LongSupplier processCpuNanos, int cores,
                            ScalingBudget budget) {
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
        this.processCpuNanos = Objects.requireNonNull(processCpuNanos, "processCpuNanos");
        this.budget = Objects.requireNonNull(budget, "budget");
        if (cores < 1) {
            throw new IllegalArgumentException("need at least one core, got " + cores);
        }
        this.cores = cores;
    }

    /** Real jobs on {@code scheduler}, timed by {@link System#nanoTime}, on this machine's processors. */
    public ScalingBenchmark(RenderScheduler scheduler, ScalingBudget budget) {
        this(BenchmarkJobs.on(scheduler), System::nanoTime, ThreadCpuSampler::processCpuNanos,
                Runtime.getRuntime().availableProcessors(), budget);
    }

    public ScalingBudget budget() {
        return budget;
    }

    /**
     * Measures {@code requests.get().withWorkers(n)} for each n of {@code workerCounts} (and 1). Blocks
     * the calling thread until all runs are done.
     *
     * @throws RenderJobException when a run fails
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
        List<Integer> order = new ArrayList<>(counts);
        int runs = 1 + order.size() * budget.repetitions();
        int warmUpWorkers = Math.min(cores, counts.last());
        listener.runStarting(new ScalingListener.Step(0, runs, warmUpWorkers, true));
        double frameSeconds = warmUp(requests.get().withWorkers(warmUpWorkers), cancel);

        int frames = budget.framesFor(order, cores, requests.get().frameCount(), frameSeconds);
        double[][] rates = new double[order.size()][budget.repetitions()];
        double[][] busy = new double[order.size()][budget.repetitions()];
        int index = 1;
        for (int r = 0; r < budget.repetitions(); r++) {
            for (int i = 0; i < order.size(); i++) {
                listener.runStarting(new ScalingListener.Step(index++, runs, order.get(i), false));
                RenderRequest request = CycledFrames.of(requests.get().withWorkers(order.get(i)), frames);
                Timing timing = timed(request, cancel);
                rates[i][r] = frames / timing.seconds();
                busy[i][r] = timing.busyCores();
            }
        }
        double oneWorker = median(rates[0]);
        List<ScalingRow> rows = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            double median = median(rates[i]);
            double spread = (Arrays.stream(rates[i]).max().orElseThrow() - Arrays.stream(rates[i]).min().orElseThrow())
                    / median;
            rows.add(ScalingRow.of(order.get(i), frames, median, oneWorker, spread, cores)
                    .withBusyCores(median(busy[i])));
        }
        return ScalingReport.of(rows, cores, budget);
    }

    /**
     * Renders whole passes over the frames until the warm-up time has passed, and returns what a frame costs
     * one worker, judged from the last (warmest) pass.
     */
    private double warmUp(RenderRequest request, CancellationToken cancel) throws RenderJobException {
        long until = nanoClock.getAsLong() + (long) (budget.warmUpSeconds() * 1e9);
        double passSeconds;
        do {
            passSeconds = timed(request, cancel).seconds();
        } while (nanoClock.getAsLong() < until);
        return passSeconds * request.workers() / request.frameCount();
    }

    /** A run's wall seconds, and the cores the process kept busy meanwhile (NaN where unknown). */
    private record Timing(double seconds, double busyCores) {
    }

    /** Runs {@code request} and times it by the clock. */
    private Timing timed(RenderRequest request, CancellationToken cancel) throws RenderJobException {
        if (cancel.isCancelled()) {
            throw RenderJobException.ofJob("the scaling measurement was cancelled", null);
        }
        long cpuStart = processCpuNanos.getAsLong();
        long start = nanoClock.getAsLong();
        int done = jobs.run(request, cancel);
        long nanos = Math.max(1, nanoClock.getAsLong() - start);
        long cpu = processCpuNanos.getAsLong() - cpuStart;
        if (done != request.frameCount()) {
            throw RenderJobException.ofJob("a measured run rendered " + done + " of " + request.frameCount()
                    + " frames", null);
        }
        return new Timing(nanos / 1e9, cpuStart < 0 ? Double.NaN : (double) cpu / nanos);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
