package io.brigade.app.teaching;

import io.brigade.app.concurrent.DaemonThreads;
import io.brigade.engine.schedule.CpuSnapshot;
import io.brigade.engine.schedule.RenderEvent.TaskStarted;
import io.brigade.engine.schedule.RenderJob;
import io.brigade.engine.schedule.RenderListener;
import io.brigade.engine.schedule.ThreadCpuSampler;
import io.brigade.engine.schedule.TraceSpan;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches one job for the worker timeline. The job's trace holds the work that has ended; the job's events
 * say which work has begun. A sampling thread of its own ({@code brigade-timeline-N}) combines both into a
 * {@link TimelineRun} every {@link #SAMPLE_MILLIS} ms and posts it (to a coalescing bridge),
 * so the cost stays the same however fast events come; the last post, once the job has ended, is final.
 * Each sample also reads the CPU time of the worker threads, so the run says how many cores were really busy.
 */
final class RunRecorder implements RenderListener {

    static final long SAMPLE_MILLIS = 100;

    private final String title;
    private final int workers;
    private final boolean output;
    private final Consumer<TimelineRun> post;
    /** The newest task each worker began. */
    private final Map<String, TaskStarted> begun = new ConcurrentHashMap<>();
    private final ScheduledExecutorService sampler;
    private final ThreadCpuSampler cpuSampler = ThreadCpuSampler.workers();
    private final List<CpuUse> cpu = new ArrayList<>(); // guarded by this
    private CpuSnapshot lastCpu; // guarded by this
    private RenderJob job; // guarded by this
    private boolean finished; // guarded by this

    RunRecorder(String title, int workers, boolean output, String threadName, Consumer<TimelineRun> post) {
        this.title = title;
        this.workers = workers;
        this.output = output;
        this.post = post;
        this.sampler = Executors.newSingleThreadScheduledExecutor(new DaemonThreads(threadName));
    }

    @Override
    public void taskStarted(TaskStarted event) {
        begun.put(event.worker(), event);
    }

    /** Starts sampling {@code started}; the final sample follows the end of the job. */
    synchronized void attach(RenderJob started) {
        job = started;
        lastCpu = cpuSampler.sample();
        sampler.scheduleAtFixedRate(this::sample, 0, SAMPLE_MILLIS, TimeUnit.MILLISECONDS);
        started.result().whenComplete((result, never) -> finish());
    }

    /** Stops sampling a job that never started. */
    void abandon() {
        sampler.shutdownNow();
    }

    /** The spans the job recorded so far, and the time they count from. */
    synchronized List<TraceSpan> spans() {
        return job == null ? List.of() : job.trace().spans();
    }

    private synchronized void sample() {
        if (!finished) {
            sampleCpu();
            post.accept(build(true));
        }
    }

    private synchronized void finish() {
        if (!finished) {
            finished = true;
            sampler.shutdownNow();
            sampleCpu();
            post.accept(build(false));
        }
    }

    /** The busy cores since the last sample; nothing where this JVM cannot measure thread CPU time. */
    private void sampleCpu() {
        if (!cpuSampler.supported()) {
            return;
        }
        CpuSnapshot now = cpuSampler.sample();
        // once the workers have ended their CPU time cannot be read: no sample, rather than a false zero
        if (now.nanos() > lastCpu.nanos() && !now.threadCpuNanos().isEmpty()) {
            cpu.add(new CpuUse(lastCpu.nanos(), now.nanos(), now.busyCoresSince(lastCpu)));
            lastCpu = now;
        }
    }

    private TimelineRun build(boolean running) {
        long origin = job.trace().originNanos();
        long now = System.nanoTime();
        List<TraceSpan> spans = job.trace().spans();
        List<String> named = namedLanes(spans);
        int lanes = named.isEmpty() ? workers : named.size();
        List<TimelineBlock> blocks = new ArrayList<>();
        Set<String> ended = new HashSet<>();
        for (TraceSpan span : spans) {
            int lane = named.indexOf(span.thread()) + 1;
            (lane > 0 ? Optional.of(TimelineBlocks.inLane(span, lane)) : TimelineBlocks.ofJobSpan(span, lanes))
                    .ifPresent(blocks::add);
            ended.add(span.thread() + "@" + span.startNanos());
        }
        if (running) {
            for (TaskStarted task : begun.values()) {
                if (!ended.contains(task.worker() + "@" + task.startNanos())) {
                    int number = named.isEmpty() ? TimelineBlocks.workerNumber(task.worker())
                            : named.indexOf(task.worker()) + 1;
                    String label = task.isWholeFrame() ? "frame " + task.frame()
                            : "frame " + task.frame() + " tile " + (task.tile() + 1) + "/" + task.tileCount();
                    if (number >= 1 && number <= lanes) {
                        blocks.add(new TimelineBlock(TimelineRun.workerLane(number), TimelineBlock.Kind.RENDER,
                                task.frame(), label, task.startNanos(), Math.max(now, task.startNanos()), true, ""));
                    }
                }
            }
        }
        long end = running ? now : blocks.stream().mapToLong(TimelineBlock::endNanos).max().orElse(origin);
        return new TimelineRun(title, lanes, output, origin, Math.max(origin, end), running, blocks, cpu, named);
    }

    /**
     * The lanes of workers the engine named itself, in the order a person reads them (worker 2 before worker 10):
     * a farm's {@code host:port / worker n}, from the frames they began and rendered; empty when this computer's
     * worker threads did the work.
     */
    private List<String> namedLanes(List<TraceSpan> spans) {
        Set<String> names = new TreeSet<>(NaturalOrder.INSTANCE);
        begun.keySet().stream().filter(TimelineBlocks::isNamedWorker).forEach(names::add);
        spans.stream().filter(span -> "render".equals(span.category())).map(TraceSpan::thread)
                .filter(TimelineBlocks::isNamedWorker).forEach(names::add);
        return List.copyOf(names);
    }
}
