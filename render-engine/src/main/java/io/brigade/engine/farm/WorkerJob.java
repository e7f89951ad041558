package io.brigade.engine.farm;

import io.brigade.engine.io.PngCompression;
import io.brigade.engine.scene.Scene;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A job as one worker knows it: its scene once read (or why it was refused) and how many of its chunks
 * failed here. A worker that failed {@link #BLOCK_AFTER_FAILURES} chunks of a job takes no more of them.
 */
final class WorkerJob {

    /** Flamenco's rule: a worker failing three tasks of a job is blocked from that job. */
    static final int BLOCK_AFTER_FAILURES = 3;

    private final String jobId;
    private final Scene scene;
    private final String refusal;
    private final PngCompression png;
    private final AtomicInteger failedChunks = new AtomicInteger();

    private WorkerJob(String jobId, Scene scene, String refusal, PngCompression png) {
        this.jobId = jobId;
        this.scene = scene;
        this.refusal = refusal;
        this.png = png;
    }

    static WorkerJob accepted(String jobId, Scene scene, PngCompression png) {
        return new WorkerJob(jobId, scene, null, png);
    }

    static WorkerJob refused(String jobId, String why) {
        return new WorkerJob(jobId, null, why, PngCompression.FAST);
    }

    String jobId() {
        return jobId;
    }

    Scene scene() {
        return scene;
    }

    /** How this job's frames are encoded: as the submitter writes its files. */
    PngCompression png() {
        return png;
    }

    boolean isRefused() {
        return refusal != null;
    }

    String refusal() {
        return refusal;
    }

    boolean isBlocked() {
        return failedChunks.get() >= BLOCK_AFTER_FAILURES;
    }

    /** Counts a failed chunk; true when this failure blocks the worker from the job. */
    boolean chunkFailed() {
        return failedChunks.incrementAndGet() == BLOCK_AFTER_FAILURES;
    }
}
