package io.brigade.engine.schedule;

import io.brigade.engine.io.FrameSink;
import io.brigade.engine.io.FrameWrite;
import io.brigade.engine.schedule.RenderEvent.FrameFinished;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Stores a job's finished frames. The costly part, encoding, runs on the worker that rendered the frame
 * ({@link FrameSink#prepare}), so it is as parallel as rendering; the output thread only writes the
 * encoded frames, one at a time, and reports each as finished. The queue between them is bounded: a
 * worker with a frame to hand over waits while it is full (back-pressure), so at most
 * {@link #QUEUE_FRAMES} frames wait in memory however long the job.
 */
final class OutputStage {

    static final int QUEUE_FRAMES = 4;
    /** How often a worker waiting on a full queue looks at the cancellation token. */
    private static final long HAND_OVER_POLL_MILLIS = 5;

    private final FrameSink sink;
    private final JobRun job;
    private final BlockingQueue<Encoded> queue = new ArrayBlockingQueue<>(QUEUE_FRAMES);
    private final Thread thread;
    private volatile boolean inputEnded;

    /** A finished frame and the write its worker prepared for it. */
    private record Encoded(FrameFinished finished, FrameWrite write) {
    }

    OutputStage(FrameSink sink, JobRun job, String threadName) {
        this.sink = sink;
        this.job = job;
        this.thread = new Thread(this::writeUntilDone, threadName);
    }

    void start() {
        thread.start();
    }

    /**
     * On the worker that rendered the frame: encodes it, then hands it to the output thread, waiting while
     * the queue is full (shown in the trace as an "output queue full" span). Drops the frame when the job
     * stops (cancelled or failed) meanwhile; a failed encoding fails the job. {@code png}, when not null, is the
     * frame already encoded in the sink's {@link FrameSink#pngEncoding()}, stored as it is.
     */
    void encodeAndHandOver(FrameFinished finished, byte[] png, CancellationToken token) throws InterruptedException {
        FrameWrite write = encode(finished, png, token);
        if (write == null) {
            return;
        }
        Encoded encoded = new Encoded(finished, write);
        if (queue.offer(encoded)) {
            return;
        }
        long start = System.nanoTime();
        handOver(encoded, token);
        job.trace().record(new TraceSpan("output queue full", "wait", Thread.currentThread().getName(), start,
                System.nanoTime() - start, Map.of("frame", finished.frameNumber())));
    }

    /** The frame's write, or null when the job has stopped or the encoding failed. */
    private FrameWrite encode(FrameFinished finished, byte[] png, CancellationToken token) {
        if (token.isCancelled()) {
            return null;
        }
        int frame = finished.frameNumber();
        long start = System.nanoTime();
        String outcome = png == null ? "encoded" : "encoded by its worker";
        try {
            return png == null ? sink.prepare(finished.frame()) : sink.prepareEncoded(finished.frame(), png);
        } catch (IOException | RuntimeException | Error e) {
            outcome = "failed";
            job.fail(RenderJobException.atFrame(frame, "could not encode " + sink.destination(frame), e));
            return null;
        } finally {
            job.trace().record(new TraceSpan("encode frame " + frame, "encode", Thread.currentThread().getName(),
                    start, System.nanoTime() - start, Map.of("frame", frame, "outcome", outcome)));
        }
    }

    private void handOver(Encoded encoded, CancellationToken token) throws InterruptedException {
        while (!token.isCancelled()) {
            if (queue.offer(encoded, HAND_OVER_POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                return;
            }
        }
    }
    /** No more frames will come: writes what is queued, then stops. */
    void endInputAndJoin() throws InterruptedException {
        inputEnded = true;
        thread.join();
    }

    /** Abandons queued frames and interrupts a write in progress (atomic writes leave no partial file). */
    void abortAndJoin() throws InterruptedException {
        queue.clear();
        thread.interrupt();
        thread.join();
    }

    /** Interrupts a write in progress; called by {@link JobRun#cancel()} from any thread. */
    void interrupt() {
        thread.interrupt();
    }

    private void writeUntilDone() {
        CancellationToken token = job.token();
        try {
            while (!token.isCancelled()) {
                Encoded next = queue.poll(HAND_OVER_POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (next != null) {
                    write(next, token);
                } else if (inputEnded && queue.isEmpty()) {
                    return;
                }
            }
        } catch (InterruptedException cancelled) {
            // Interrupted by cancel or abort: the job is stopping and the queued frames are dropped.
        } finally {
            queue.clear();
        }
    }

    private void write(Encoded encoded, CancellationToken token) {
        FrameFinished finished = encoded.finished();
        int frame = finished.frameNumber();
        String destination = sink.destination(frame);
        long start = System.nanoTime();
        String outcome = "written";
        try {
            encoded.write().write();
            job.frameDone(finished);
        } catch (IOException | RuntimeException | Error e) {
            if (token.isCancelled()) {
                outcome = "cancelled"; // an interrupted write fails with ClosedByInterruptException: not an error
            } else {
                outcome = "failed";
                job.fail(RenderJobException.atFrame(frame, "could not write " + destination, e));
            }
        } finally {
            job.trace().record(new TraceSpan("write frame " + frame, "write", thread.getName(), start,
                    System.nanoTime() - start, Map.of("frame", frame, "destination", destination, "outcome", outcome)));
        }
    }
}
