package io.brigade.app.render;

import io.brigade.engine.raster.RenderedFrame;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a still render stands, as one value posted through a coalescing bridge: the bands its frame was
 * split into that workers have begun, and the finished frame once there is one.
 *
 * @param bandsStarted bands a worker has begun, of {@code bandCount} (0 until the first begins)
 * @param still        the finished frame; present when the phase is {@link RenderStatus.Phase#COMPLETED}
 * @param failure      why the render failed; present exactly when the phase is {@link RenderStatus.Phase#FAILED}
 */
public record StillStatus(RenderStatus.Phase phase, int frame, int bandsStarted, int bandCount,
                          Optional<RenderedFrame> still, Duration elapsed, Optional<String> failure) {

    public StillStatus {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(still, "still");
        Objects.requireNonNull(elapsed, "elapsed");
        Objects.requireNonNull(failure, "failure");
    }

    static StillStatus starting(int frame) {
        return new StillStatus(RenderStatus.Phase.RUNNING, frame, 0, 0, Optional.empty(), Duration.ZERO,
                Optional.empty());
    }

    public boolean isRunning() {
        return phase == RenderStatus.Phase.RUNNING;
    }

    /** Bands begun over bands, 1 once finished; 0 while the band count is not known yet. */
    public double fraction() {
        if (!isRunning()) {
            return 1;
        }
        return bandCount == 0 ? 0 : (double) bandsStarted / bandCount;
    }
}
