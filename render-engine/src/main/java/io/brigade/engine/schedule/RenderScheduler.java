package io.brigade.engine.schedule;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Starts render jobs. Each job gets its own threads, all ended when the job ends: a coordinating
 * thread ({@code brigade-job-N}), a work-stealing pool of {@link RenderRequest#workers()} threads
 * ({@code brigade-worker-1..}), an event thread when it has a listener ({@code brigade-events-N})
 * and an output thread when it has an output ({@code brigade-output-N}), which only writes the frames the
 * workers have encoded. Frames are forked as tasks
 * that idle workers steal; when fewer frames are left than workers, frames are cut into tiles so the
 * workers share them. Pixels do not depend on the worker count.
 *
 * <p>Build one in the application's start-up code and pass it to whoever starts jobs; jobs are
 * independent of each other.
 */
public final class RenderScheduler {

    private final AtomicInteger jobsStarted = new AtomicInteger();
    private final TileRenderer tileRenderer;

    public RenderScheduler() {
        this(null);
    }

    /** Jobs whose tiles are rendered by {@code tileRenderer} (tests make tiles fail with it). */
    RenderScheduler(TileRenderer tileRenderer) {
        this.tileRenderer = tileRenderer;
    }

    /** Starts a job whose events nobody listens to; returns at once. */
    public RenderJob start(RenderRequest request) {
        return start(request, RenderListener.NONE);
    }

    /**
     * Starts a job and returns at once; {@code listener} receives its events as {@link RenderListener} describes.
     *
     * @throws RenderTooLargeException before any thread starts, when the job's buffers would not fit in the heap
     *                                 ({@link RenderMemoryEstimate})
     */
    public RenderJob start(RenderRequest request, RenderListener listener) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(listener, "listener");
        RenderMemoryEstimate.of(request).requireFits(Runtime.getRuntime().maxMemory());
        return launch(request, listener, null);
    }

    /**
     * Starts a job whose frames {@code source} renders (a render farm) and returns at once; the job plans,
     * writes and reports its frames as a local job does, but starts no worker pool.
     */
    public RenderJob start(RenderRequest request, RenderListener listener, FrameSource source) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(source, "source");
        return launch(request, listener, source);
    }

    private RenderJob launch(RenderRequest request, RenderListener listener, FrameSource source) {
        JobRun run = new JobRun(jobsStarted.incrementAndGet(), request, listener, tileRenderer, source);
        run.start();
        return new RenderJob(run, request);
    }
}
