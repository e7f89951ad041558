package io.brigade.engine.schedule;

import io.brigade.engine.io.FrameSink;
import io.brigade.engine.schedule.RenderEvent.FrameFinished;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Writes a job's finished frames on its own thread while workers render the next ones. The queue
 * between them is bounded: a worker with a frame to hand over waits while it is full (back-pressure),
 * so at most {@link #QUEUE_FRAMES} frames wait in memory however long the job.
 */
final class OutputStage {

    static final int QUEUE_FRAMES = 4;
    /** How often a worker waiting on a full queue looks at the cancellation token. */
    private static final long HAND_OVER_POLL_MILLIS = 5;

    private final FrameSink sink;
    private final JobRun job;
    private final BlockingQueue<FrameFinished> queue = new ArrayBlockingQueue<>(QUEUE_FRAMES);
    private final Thread thread;
    private volatile boolean inputEnded;

    OutputStage(FrameSink sink, JobRun job, String threadName) {
        this.sink = sink;
        this.job = job;
        this.thread = new Thread(this::writeUntilDone, threadName);
    }

    void start() {
        thread.start();
    }

    /** Hands a frame over if the queue has room. */
    boolean tryHandOver(FrameFinished frame) {
        return queue.offer(frame);
    }

    /**
     * Hands a frame over, waiting while the queue is full. Returns false, dropping the frame, when the
     * job stops (cancelled or failed) meanwhile.
     */
    boolean handOver(FrameFinished frame, CancellationToken token) throws InterruptedException {
        while (!token.isCancelled()) {
            if (queue.offer(frame, HAND_OVER_POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                return true;
            }
        }
        return false;
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
                FrameFinished next = queue.poll(HAND_OVER_POLL_MILLIS, TimeUnit.MILLISECONDS);
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

    private void write(FrameFinished finished, CancellationToken token) {
        int frame = finished.frameNumber();
        String destination = sink.destination(frame);
        long start = System.nanoTime();
        String outcome = "written";
        try {
            sink.write(finished.frame());
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
