package io.brigade.app.render;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a render job stands, as one value: the render panel shows only the newest, so the job's event
 * thread posts these through a coalescing bridge instead of queueing one FX task per event.
 *
 * @param failure    why the job failed; present exactly when the phase is {@link Phase#FAILED}
 * @param thumbnails every frame finished so far, in the order they finished: each status carries them all, so
 *                   a status dropped by the coalescing bridge loses no thumbnail
 */
public record RenderStatus(Phase phase, int done, int total, double framesPerSecond, Optional<Duration> eta,
                           Duration elapsed, Optional<String> failure, List<FrameThumbnail> thumbnails) {

    /** The job's stage. */
    public enum Phase { RUNNING, COMPLETED, CANCELLED, FAILED }

    public RenderStatus {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(eta, "eta");
        Objects.requireNonNull(elapsed, "elapsed");
        Objects.requireNonNull(failure, "failure");
        thumbnails = ThumbnailLog.isSnapshot(thumbnails) ? thumbnails : List.copyOf(thumbnails);
    }

    /** A job that has not finished a frame yet. */
    static RenderStatus starting(int total) {
        return new RenderStatus(Phase.RUNNING, 0, total, 0, Optional.empty(), Duration.ZERO, Optional.empty(),
                List.of());
    }

    public boolean isRunning() {
        return phase == Phase.RUNNING;
    }

    /** Done over total, 1 for a job with no frames to render. */
    public double fraction() {
        return total == 0 ? 1 : (double) done / total;
    }
}
