package io.brigade.engine.farm;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads a submitter decodes the frames it receives on, for its listeners' pixels, before handing them to the
 * output. Decoding a 1080p frame takes 12-16 ms; on the job's one coordinating thread that capped a whole farm at
 * 60-80 frames/s, however many machines rendered. Each decoder takes one frame at a time and a frame waits for a
 * free decoder, so at most one decoded frame per decoder is held in memory.
 */
final class FrameDecoders {

    /** Enough for a submitter to take what a large farm sends; more would mostly hold more frames in memory. */
    static final int MAX_DECODERS = 4;

    private final ExecutorService threads;
    private final Semaphore free;

    FrameDecoders(String jobId, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("need at least one decoder, got " + count);
        }
        String prefix = "brigade-farm-decode-" + FarmNames.shortId(jobId) + "-";
        AtomicInteger made = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(count, task -> {
            Thread thread = new Thread(task, prefix + made.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.free = new Semaphore(count);
    }

    /** As many decoders as this machine has cores, up to {@link #MAX_DECODERS}. */
    static FrameDecoders forThisMachine(String jobId) {
        return new FrameDecoders(jobId, Math.min(MAX_DECODERS, Runtime.getRuntime().availableProcessors()));
    }

    /** Runs {@code decode} on a decoder, waiting while every decoder is busy. */
    void submit(Runnable decode) throws InterruptedException {
        free.acquire();
        try {
            threads.execute(() -> {
                try {
                    decode.run();
                } finally {
                    free.release();
                }
            });
        } catch (RejectedExecutionException e) {
            free.release();
            throw e;
        }
    }

    /** Takes no more frames and waits until every frame submitted has been decoded and handed on. */
    void awaitAll() throws InterruptedException {
        threads.shutdown();
        threads.awaitTermination(Long.MAX_VALUE, TimeUnit.NANOSECONDS);
    }

    /**
     * Takes no more frames, without waiting: a job that ends early (failed or cancelled) drops what its decoders
     * still hand on, and interrupting them would only replace the job's own failure with "interrupted".
     */
    void stop() {
        threads.shutdown();
    }
}
