package io.brigade.engine.schedule;

import io.brigade.engine.io.FrameSink;
import io.brigade.engine.scene.FramePose;
import io.brigade.engine.scene.RenderSettings;

import java.util.Objects;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * What a render job renders and how.
 *
 * @param poses    the scene at a frame number ({@code scene::poseAt}); called on worker threads, concurrently and
 *                 again when a frame is retried, so it must be a thread-safe, pure function of the frame number
 * @param settings size, quality and the inclusive frame range
 * @param workers  worker threads; 1 renders sequentially, more than the cores is allowed
 * @param output   where finished frames go: encoded on the workers, written on an output thread that overlaps
 *                 rendering
 * @param resume   skip frames the output already holds (see {@link FrameSink#hasValidFrame})
 * @param retries  how many times a failing frame is tried again before the job fails
 */
public record RenderRequest(IntFunction<FramePose> poses, RenderSettings settings, int workers,
                            Optional<FrameSink> output, boolean resume, int retries) {

    public static final int MAX_WORKERS = 256;
    /** Over an hour at 24 fps (86,400 frames); a larger range is almost surely a typo. */
    public static final int MAX_FRAMES = 100_000;

    public RenderRequest {
        Objects.requireNonNull(poses, "poses");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(output, "output");
        if (workers < 1 || workers > MAX_WORKERS) {
            throw new IllegalArgumentException("workers must be between 1 and " + MAX_WORKERS + ", got " + workers);
        }
        long frames = (long) settings.endFrame() - settings.startFrame() + 1; // frameCount() overflows for 0..MAX_VALUE
        if (frames > MAX_FRAMES) {
            throw new IllegalArgumentException("a job renders at most " + MAX_FRAMES + " frames, got " + frames
                    + " (frames " + settings.startFrame() + "-" + settings.endFrame() + "); render the range in parts");
        }
        if (retries < 0) {
            throw new IllegalArgumentException("retries must be >= 0, got " + retries);
        }
        if (resume && output.isEmpty()) {
            throw new IllegalArgumentException("resume needs an output to look for finished frames in");
        }
    }

    /** One worker per available processor, no output, no resume, no retries. */
    public static RenderRequest of(IntFunction<FramePose> poses, RenderSettings settings) {
        return new RenderRequest(poses, settings, Runtime.getRuntime().availableProcessors(), Optional.empty(), false, 0);
    }

    public RenderRequest withWorkers(int count) {
        return new RenderRequest(poses, settings, count, output, resume, retries);
    }

    public RenderRequest withSettings(RenderSettings newSettings) {
        return new RenderRequest(poses, newSettings, workers, output, resume, retries);
    }

    public RenderRequest withOutput(FrameSink sink) {
        return new RenderRequest(poses, settings, workers, Optional.of(sink), resume, retries);
    }

    public RenderRequest withResume(boolean on) {
        return new RenderRequest(poses, settings, workers, output, on, retries);
    }

    public RenderRequest withRetries(int count) {
        return new RenderRequest(poses, settings, workers, output, resume, count);
    }

    public int frameCount() {
        return settings.frameCount();
    }
}
