package io.brigade.engine.schedule;

/** How a render job ended. */
public enum JobOutcome {
    /** Every frame was rendered (and written, when the job has an output). */
    COMPLETED,
    /** {@link RenderJob#cancel()} stopped it; frames finished before are kept. */
    CANCELLED,
    /** A frame failed (after its retries) or its output could not be written; see {@link JobResult#failure()}. */
    FAILED
}
