package io.brigade.engine.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Runs the same render job at several worker counts and reports how it scales. One warm-up job at
 * the largest count runs first (so the JIT has compiled the renderer), then each count is run
 * {@code repetitions} times and its fastest wall time kept. One worker is always measured, as the
 * baseline of the speedups.
 */
public final class ScalingBenchmark {

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
        TreeSet<Integer> counts = new TreeSet<>(workerCounts);
        counts.add(1);
        runOnce(requests.get().withWorkers(counts.last()));
        List<Integer> order = new ArrayList<>(counts);
        double[] wall = new double[order.size()];
        int[] frames = new int[order.size()];
        for (int i = 0; i < order.size(); i++) {
            wall[i] = Double.MAX_VALUE;
            for (int r = 0; r < repetitions; r++) {
                JobResult result = runOnce(requests.get().withWorkers(order.get(i)));
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

    private JobResult runOnce(RenderRequest request) throws RenderJobException {
        return scheduler.start(request).result().join().orThrow();
    }
}
