package io.brigade.app.viewport;

import io.brigade.app.concurrent.DaemonThreads;
import io.brigade.engine.raster.FrameRenderer;
import io.brigade.engine.schedule.CancellationToken;
import io.brigade.engine.schedule.RenderCancelledException;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * Renders preview requests on one daemon thread that owns its {@link FrameRenderer}. The newest request
 * waits in a single slot, so while a frame renders, later requests replace one another and only the last
 * is rendered next: a preview slower than the frame rate skips frames instead of queueing them.
 *
 * <p>A draft in progress is left to finish when a newer request arrives, so that something is shown
 * even when every render is slower than requests come in (scrubbing, playing a heavy scene, dragging the
 * view). A {@linkplain PreviewRequest#refined() refinement} in progress is cancelled instead: it only
 * polishes a picture that is already on show and about to be replaced. Closing cancels any render through
 * its {@link CancellationToken}.
 */
public final class PreviewRenderThread implements PreviewRenderService, AutoCloseable {

    /** The render thread's name, to find it in a thread dump. */
    public static final String THREAD_NAME = "brigade-preview-render";

    private record Job(PreviewRequest request, Consumer<? super PreviewResult> whenDone) {
    }

    private final AtomicReference<Job> waiting = new AtomicReference<>();
    private final FrameRenderer renderer = new FrameRenderer();
    private final Thread thread;
    private volatile boolean closed;
    private volatile CancellationToken inFlight;
    /** The token of the refinement rendering now; null while a draft renders or nothing does. */
    private volatile CancellationToken refining;

    private PreviewRenderThread() {
        thread = new DaemonThreads(THREAD_NAME).newThread(this::renderLoop);
    }

    /** Starts the render thread. */
    public static PreviewRenderThread start() {
        PreviewRenderThread service = new PreviewRenderThread();
        service.thread.start();
        return service;
    }

    /** {@inheritDoc} Requests made after {@link #close()} are dropped: the application is shutting down. */
    @Override
    public void request(PreviewRequest request, Consumer<? super PreviewResult> whenDone) {
        waiting.set(new Job(Objects.requireNonNull(request, "request"), Objects.requireNonNull(whenDone, "whenDone")));
        CancellationToken refinement = refining;
        if (refinement != null) {
            refinement.cancel();
        }
        LockSupport.unpark(thread);
    }

    /** Cancels the render in progress and ends the thread soon after; returns without waiting for it. */
    @Override
    public void close() {
        closed = true;
        CancellationToken token = inFlight;
        if (token != null) {
            token.cancel();
        }
        LockSupport.unpark(thread);
    }

    /** Waits up to {@code millis} for the thread to end after {@link #close()}; true when it has. */
    public boolean awaitTermination(long millis) throws InterruptedException {
        thread.join(millis);
        return !thread.isAlive();
    }

    private void renderLoop() {
        while (!closed) {
            Job job = waiting.getAndSet(null);
            if (job == null) {
                LockSupport.park(this);
                continue;
            }
            CancellationToken token = new CancellationToken();
            inFlight = token;
            refining = job.request().refined() ? token : null;
            if (closed) {
                return; // close() may have read inFlight before this token was in it
            }
            if (refining != null && waiting.get() != null) {
                refining = null;
                continue; // request() may have read refining before this token was in it
            }
            PreviewResult result;
            try {
                result = job.request().render(renderer, token);
            } catch (RenderCancelledException cancelled) {
                if (closed) {
                    return;
                }
                continue; // a refinement overtaken by a newer request, which is waiting
            } finally {
                refining = null;
            }
            job.whenDone().accept(result);
        }
    }
}
