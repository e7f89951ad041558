package io.brigade.app.teaching;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * One job's work on the worker timeline, sampled at one moment: its lanes (the UI thread, one per worker
 * thread, the output thread when frames are written) and its blocks. Times are {@link System#nanoTime()}
 * readings; the run spans {@code originNanos..endNanos}, which grows while it is running.
 *
 * @param title   such as "Async, 4 workers"
 * @param workers worker lanes; 0 when the UI thread did all the work itself
 * @param output  whether an output lane follows the worker lanes
 * @param cpu     the cores the workers kept busy, sample by sample; empty where not measured
 * @param workerNames the worker lanes' names when the engine named them (a farm's {@code host:port / worker n});
 *                empty for this computer's workers, "worker 1", "worker 2", ...
 */
public record TimelineRun(String title, int workers, boolean output, long originNanos, long endNanos,
                          boolean running, List<TimelineBlock> blocks, List<CpuUse> cpu, List<String> workerNames) {

    /** The lane of the UI thread, always the first. */
    public static final int UI_LANE = 0;

    public TimelineRun {
        Objects.requireNonNull(title, "title");
        if (workers < 0) {
            throw new IllegalArgumentException("negative worker count " + workers);
        }
        if (endNanos < originNanos) {
            throw new IllegalArgumentException("the run ends before it starts");
        }
        blocks = List.copyOf(blocks);
        cpu = List.copyOf(cpu);
        workerNames = List.copyOf(workerNames);
        if (!workerNames.isEmpty() && workerNames.size() != workers) {
            throw new IllegalArgumentException(workerNames.size() + " lane names for " + workers + " workers");
        }
    }

    /** A run on this computer's workers. */
    public TimelineRun(String title, int workers, boolean output, long originNanos, long endNanos, boolean running,
                       List<TimelineBlock> blocks, List<CpuUse> cpu) {
        this(title, workers, output, originNanos, endNanos, running, blocks, cpu, List.of());
    }

    /** A run whose CPU use was not measured. */
    public TimelineRun(String title, int workers, boolean output, long originNanos, long endNanos, boolean running,
                       List<TimelineBlock> blocks) {
        this(title, workers, output, originNanos, endNanos, running, blocks, List.of());
    }

    /** Lane labels from the top: "UI thread", "worker 1", ..., then "output" when frames are written. */
    public List<String> lanes() {
        return IntStream.range(0, laneCount()).mapToObj(this::laneLabel).toList();
    }

    public int laneCount() {
        return 1 + workers + (output ? 1 : 0);
    }

    /** The lane of worker thread {@code number}, counted from 1 as the engine names them. */
    public static int workerLane(int number) {
        return number;
    }

    public int outputLane() {
        return workers + 1;
    }

    public String laneLabel(int lane) {
        if (lane == UI_LANE) {
            return workers == 0 ? "UI thread (renders)" : "UI thread";
        }
        if (lane > workers) {
            return "output (files)";
        }
        return workerNames.isEmpty() ? "worker " + lane : workerNames.get(lane - 1);
    }

    public long durationNanos() {
        return endNanos - originNanos;
    }

    /** The same run with more blocks, such as the UI thread's wait, recorded outside the job. */
    public TimelineRun withBlocks(List<TimelineBlock> more) {
        if (more.isEmpty()) {
            return this;
        }
        long end = Math.max(endNanos, more.stream().mapToLong(TimelineBlock::endNanos).max().orElse(endNanos));
        List<TimelineBlock> all = new ArrayList<>(blocks);
        all.addAll(more);
        return new TimelineRun(title, workers, output, originNanos, end, running, all, cpu, workerNames);
    }
}
