package io.brigade.engine.schedule;

import io.brigade.engine.io.FrameSink;
import io.brigade.engine.io.PngCompression;
import io.brigade.engine.raster.FrameRenderer;
import io.brigade.engine.raster.Region;
import io.brigade.engine.scene.FramePose;
import io.brigade.engine.scene.RenderSettings;
import io.brigade.engine.schedule.RenderEvent.FrameFinished;
import io.brigade.engine.schedule.RenderEvent.FrameRetried;
import io.brigade.engine.schedule.RenderEvent.JobFinished;
import io.brigade.engine.schedule.RenderEvent.JobStarted;
import io.brigade.engine.schedule.RenderEvent.Progress;
import io.brigade.engine.schedule.RenderEvent.TaskStarted;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One running job: its coordinating thread, its state, and the services its tasks call.
 *
 * <p>The coordinator ({@code brigade-job-N}) finds the frames to render, starts the output and event
 * threads and the worker pool, waits for the tasks to finish, shuts everything down and only then
 * completes the future, so a completed future means no job thread is working any more.
 */
final class JobRun implements RemoteFrameJob {

    private final RenderRequest request;
    private final RenderSettings settings;
    private final long startNanos = System.nanoTime();
    private final CancellationToken token = new CancellationToken();
    private final AtomicBoolean cancelRequested = new AtomicBoolean();
    private final AtomicReference<RenderJobException> failure = new AtomicReference<>();
    private final CompletableFuture<JobResult> result = new CompletableFuture<>();
    private final CompletableFuture<Void> tasksDone = new CompletableFuture<>();
    private final ThreadLocal<FrameRenderer> renderers = ThreadLocal.withInitial(FrameRenderer::new);
    private final AtomicInteger framesNotStarted = new AtomicInteger();
    private final EventDispatcher events;
    private final JobTrace trace;
    private final Thread coordinator;
    private final int id;
    private final TileRenderer tileRenderer;
    private final FrameSource source;

    private volatile int[] framesToRender = new int[0];
    private volatile int framesSkipped;
    private volatile int done; // written only under this object's lock, so progress events stay in order
    private volatile OutputStage output;

    /**
     * {@code tileRenderer} null: tiles are rendered by each worker's own renderer. {@code source} null: frames
     * are rendered by the job's own worker pool; else by the source (a render farm), and the job starts no pool.
     */
    JobRun(int id, RenderRequest request, RenderListener listener, TileRenderer tileRenderer, FrameSource source) {
        this.id = id;
        this.source = source;
        this.tileRenderer = tileRenderer != null ? tileRenderer
                : (pose, s, region, target, t) -> renderer().render(pose, s, region, target, t);
        this.request = request;
        this.settings = request.settings();
        this.trace = new JobTrace(startNanos);
        this.events = new EventDispatcher(listener, "brigade-events-" + id);
        this.coordinator = new Thread(this::coordinate, "brigade-job-" + id);
    }

    void start() {
        coordinator.start();
    }

    // ---- what the handle reads and does

    CompletableFuture<JobResult> result() {
        return result;
    }

    JobTrace trace() {
        return trace;
    }

    Progress progress() {
        return Progress.of(done, framesToRender.length, System.nanoTime() - startNanos);
    }

    /** Stops the job soon; returns at once. */
    void cancel() {
        cancelRequested.set(true);
        token.cancel();
        OutputStage stage = output;
        if (stage != null) {
            stage.interrupt();
        }
    }

    // ---- the coordinator

    private void coordinate() {
        events.start();
        try {
            planFrames();
            if (framesToRender.length > 0 && !token.isCancelled()) {
                renderAll();
            }
        } catch (InterruptedException e) {
            fail(RenderJobException.ofJob("the job's coordinating thread was interrupted", e));
        } catch (RuntimeException | Error e) {
            fail(RenderJobException.ofJob("the render job broke down", e));
        }
        finish();
    }

    /** Lists the frames to render, skipping those a resumed job finds already written; posts the first event. */
    private void planFrames() {
        List<Integer> skipped = new ArrayList<>();
        int[] frames = new int[settings.frameCount()];
        int count = 0;
        Optional<FrameSink> sink = request.output().filter(s -> request.resume());
        for (int frame = settings.startFrame(); frame <= settings.endFrame() && !token.isCancelled(); frame++) {
            if (sink.isPresent() && alreadyWritten(sink.get(), frame)) {
                skipped.add(frame);
            } else {
                frames[count++] = frame;
            }
        }
        framesToRender = Arrays.copyOf(frames, count);
        framesSkipped = skipped.size();
        framesNotStarted.set(count);
        events.post(new JobStarted(settings.startFrame(), settings.endFrame(), count, skipped, request.workers(),
                settings.width(), settings.height(), startNanos));
    }

    private boolean alreadyWritten(FrameSink sink, int frame) {
        try {
            return sink.hasValidFrame(frame, settings.width(), settings.height());
        } catch (RuntimeException e) {
            fail(RenderJobException.atFrame(frame, "could not check " + sink.destination(frame) + " to resume", e));
            return false;
        }
    }

    private void renderAll() throws InterruptedException {
        ForkJoinPool pool = source == null ? WorkerPool.create(request.workers()) : null;
        OutputStage stage = request.output().map(sink -> new OutputStage(sink, this, "brigade-output-" + id)).orElse(null);
        try {
            if (stage != null) {
                stage.start();
                output = stage;
                if (token.isCancelled()) {
                    stage.interrupt(); // cancel() may have looked before the stage was published
                }
            }
            if (pool != null) {
                pool.execute(new RootTask(this, tasksDone));
                awaitTasks();
            } else {
                source.produce(this);
            }
            if (stage != null) {
                if (token.isCancelled()) {
                    stage.abortAndJoin();
                } else {
                    stage.endInputAndJoin();
                }
            }
        } finally {
            if (pool != null) {
                shutDown(pool);
            }
        }
    }

    private static void shutDown(ForkJoinPool pool) throws InterruptedException {
        pool.shutdown();
        if (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
            throw new IllegalStateException("worker threads still busy a minute after the job's tasks ended");
        }
    }

    private void awaitTasks() throws InterruptedException {
        try {
            tasksDone.get();
        } catch (ExecutionException crashed) {
            token.cancel();
            fail(RenderJobException.ofJob("a render task broke down", crashed.getCause()));
        }
    }

    private void finish() {
        RenderJobException failed = failure.get();
        JobOutcome outcome = failed != null ? JobOutcome.FAILED
                : cancelRequested.get() ? JobOutcome.CANCELLED : JobOutcome.COMPLETED;
        if (outcome == JobOutcome.COMPLETED && done != framesToRender.length) {
            failed = RenderJobException.ofJob("the job ended with " + done + " of " + framesToRender.length
                    + " frames finished and no error reported", null);
            outcome = JobOutcome.FAILED;
        }
        JobResult summary = new JobResult(outcome, done, framesSkipped, settings.frameCount(),
                Duration.ofNanos(System.nanoTime() - startNanos), Optional.ofNullable(failed));
        events.post(new JobFinished(summary));
        result.complete(summary);
    }

    // ---- services for the tasks, called on worker and output threads

    @Override
    public RenderSettings settings() {
        return settings;
    }

    @Override
    public CancellationToken token() {
        return token;
    }

    int retries() {
        return request.retries();
    }

    @Override
    public int[] frames() {
        return framesToRender.clone();
    }

    @Override
    public void frameStarted(int frame, String worker, long startNanos) {
        taskStarted(frame, Region.full(settings.width(), settings.height()), 0, 1, worker, startNanos);
    }

    @Override
    public void record(String name, String category, String lane, long startNanos, long endNanos,
                       Map<String, Object> args) {
        trace.record(new TraceSpan(name, category, lane, startNanos, Math.max(0, endNanos - startNanos), args));
    }

    int frameCount() {
        return framesToRender.length;
    }

    int frameAt(int index) {
        return framesToRender[index];
    }

    TileRenderer tileRenderer() {
        return tileRenderer;
    }

    /** This worker thread's own renderer. */
    FrameRenderer renderer() {
        return renderers.get();
    }

    /** Cancelled, or failed: no new work should start. */
    boolean isStopped() {
        return token.isCancelled();
    }

    FramePose pose(int frame) {
        FramePose pose = request.poses().apply(frame);
        if (pose == null) {
            throw new IllegalStateException("the pose source returned null");
        }
        if (pose.frame() != frame) {
            throw new IllegalStateException("the pose source returned the pose of frame " + pose.frame());
        }
        return pose;
    }

    /**
     * How many workers render the frame about to start: all of them when fewer frames are left than workers, so
     * the tail of a job (or a single still) keeps every worker busy; else the one starting it. {@code claim}
     * counts the frame as started (false for a retry).
     */
    int sharersOfFrame(boolean claim) {
        int leftIncludingThis = (claim ? framesNotStarted.decrementAndGet() : framesNotStarted.get()) + 1;
        return leftIncludingThis < request.workers() ? request.workers() : 1;
    }

    void taskStarted(int frame, Region region, int tile, int tileCount, String worker, long start) {
        events.post(new TaskStarted(frame, region, tile, tileCount, worker, start));
    }

    void recordTask(int frame, Region region, int tile, int tileCount, String worker, long start, long end,
                    String outcome) {
        boolean whole = tileCount == 1;
        String name = whole ? "frame " + frame : "frame " + frame + " tile " + (tile + 1) + "/" + tileCount;
        Map<String, Object> args = whole
                ? Map.of("frame", frame, "outcome", outcome)
                : Map.of("frame", frame, "tile", tile + 1, "tiles", tileCount, "rows",
                        region.y0() + "-" + region.y1(), "outcome", outcome);
        trace.record(new TraceSpan(name, "render", worker, start, end - start, args));
    }

    @Override
    public void frameRetried(int frame, int attempt, Throwable cause) {
        events.post(new FrameRetried(frame, attempt, cause));
    }

    /**
     * A rendered frame, on the worker that finished it: encoded here and handed to the output stage, or
     * finished right away when the job has no output.
     */
    @Override
    public void publish(FrameFinished finished) {
        publish(finished, null);
    }

    @Override
    public Optional<PngCompression> outputPng() {
        return request.output().flatMap(FrameSink::pngEncoding);
    }

    /** {@code png} null: the output encodes the frame itself. */
    @Override
    public void publish(FrameFinished finished, byte[] png) {
        OutputStage stage = output;
        if (stage == null) {
            frameDone(finished);
            return;
        }
        try {
            stage.encodeAndHandOver(finished, png, token);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(RenderJobException.atFrame(finished.frameNumber(), "interrupted handing the frame to the output", e));
        }
    }

    /** Counts a frame as finished and reports it; frames and progress are reported in the same order. */
    synchronized void frameDone(FrameFinished finished) {
        int nowDone = done + 1;
        done = nowDone;
        events.post(finished);
        events.post(Progress.of(nowDone, framesToRender.length, System.nanoTime() - startNanos));
    }

    /** Records the first failure and stops the job. */
    @Override
    public void fail(RenderJobException e) {
        failure.compareAndSet(null, e);
        token.cancel();
    }
}
