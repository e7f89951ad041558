package io.brigade.engine.schedule;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The summary of a finished job.
 *
 * @param framesDone    frames rendered (and written, with an output) by this job
 * @param framesSkipped frames a resumed job found already written
 * @param framesInRange frames in the requested range
 * @param wallTime      from {@link RenderScheduler#start} until every job thread stopped working
 * @param failure       present exactly when the outcome is {@link JobOutcome#FAILED}
 */
public record JobResult(JobOutcome outcome, int framesDone, int framesSkipped, int framesInRange, Duration wallTime,
                        Optional<RenderJobException> failure) {

    public JobResult {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(wallTime, "wallTime");
        Objects.requireNonNull(failure, "failure");
        if (failure.isPresent() != (outcome == JobOutcome.FAILED)) {
            throw new IllegalArgumentException("a failure must be given exactly when the outcome is FAILED, got "
                    + outcome + " with " + failure);
        }
    }

    public boolean isCompleted() {
        return outcome == JobOutcome.COMPLETED;
    }

    /** Frames per second of wall time over the frames this job rendered. */
    public double framesPerSecond() {
        double seconds = wallTime.toNanos() / 1e9;
        return seconds > 0 ? framesDone / seconds : 0;
    }

    /** Returns this result when the job completed, or throws why it did not. */
    public JobResult orThrow() throws RenderJobException {
        if (failure.isPresent()) {
            throw failure.get();
        }
        if (outcome == JobOutcome.CANCELLED) {
            throw RenderJobException.ofJob("the render job was cancelled after " + framesDone + " of "
                    + (framesInRange - framesSkipped) + " frames", null);
        }
        return this;
    }
}
