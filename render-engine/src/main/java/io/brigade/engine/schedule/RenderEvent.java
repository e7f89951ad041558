package io.brigade.engine.schedule;

import io.brigade.engine.raster.RenderedFrame;
import io.brigade.engine.raster.Region;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a render job reports to its {@link RenderListener}. Times are {@link System#nanoTime()} readings,
 * comparable with {@link JobStarted#startNanos()}.
 */
public sealed interface RenderEvent {

    /** Calls the listener method for this kind of event. */
    void deliverTo(RenderListener listener);

    /**
     * The job is about to render {@code framesToRender} frames of {@code firstFrame..lastFrame}; the
     * {@code skippedFrames} were found already written by a resumed job.
     */
    record JobStarted(int firstFrame, int lastFrame, int framesToRender, List<Integer> skippedFrames, int workers,
                      int width, int height, long startNanos) implements RenderEvent {
        public JobStarted {
            skippedFrames = List.copyOf(skippedFrames);
        }

        @Override
        public void deliverTo(RenderListener listener) {
            listener.jobStarted(this);
        }
    }

    /**
     * A worker began {@code region} of {@code frame}: tile {@code tile} of {@code tileCount}, or the
     * whole frame when {@code tileCount} is 1.
     */
    record TaskStarted(int frame, Region region, int tile, int tileCount, String worker, long startNanos)
            implements RenderEvent {
        public boolean isWholeFrame() {
            return tileCount == 1;
        }

        @Override
        public void deliverTo(RenderListener listener) {
            listener.taskStarted(this);
        }
    }

    /** {@code frame} failed with {@code cause} and is tried again; {@code attempt} counts retries from 1. */
    record FrameRetried(int frame, int attempt, Throwable cause) implements RenderEvent {
        @Override
        public void deliverTo(RenderListener listener) {
            listener.frameRetried(this);
        }
    }

    /**
     * A frame is finished: rendered, and written when the job has an output. {@code worker} rendered it
     * (for a tiled frame: the worker that finished its last tile); {@code startNanos..endNanos} spans its
     * rendering and {@code renderNanos} sums the time spent on it over all workers.
     */
    record FrameFinished(RenderedFrame frame, String worker, long startNanos, long endNanos, long renderNanos,
                         int tileCount) implements RenderEvent {
        public FrameFinished {
            Objects.requireNonNull(frame, "frame");
            Objects.requireNonNull(worker, "worker");
        }

        public int frameNumber() {
            return frame.frame();
        }

        /** Triangles in the posed scene. */
        public long triangles() {
            return frame.stats().trianglesSubmitted();
        }

        /** Samples that passed the depth test and were shaded (each supersample counts). */
        public long samplesShaded() {
            return frame.stats().samplesShaded();
        }

        @Override
        public void deliverTo(RenderListener listener) {
            listener.frameFinished(this);
        }
    }

    /**
     * {@code done} of {@code total} frames are finished; the estimate is absent until a frame is.
     * Successive progress events of a job have strictly increasing {@code done}.
     */
    record Progress(int done, int total, Duration elapsed, double framesPerSecond, Optional<Duration> eta)
            implements RenderEvent {

        static Progress of(int done, int total, long elapsedNanos) {
            double seconds = elapsedNanos / 1e9;
            double fps = done > 0 && seconds > 0 ? done / seconds : 0;
            Optional<Duration> eta = fps > 0
                    ? Optional.of(Duration.ofNanos((long) ((total - done) / fps * 1e9)))
                    : Optional.empty();
            return new Progress(done, total, Duration.ofNanos(elapsedNanos), fps, eta);
        }

        public double fraction() {
            return total == 0 ? 1 : (double) done / total;
        }

        @Override
        public void deliverTo(RenderListener listener) {
            listener.progress(this);
        }
    }

    /** The job has ended; always the last event. */
    record JobFinished(JobResult result) implements RenderEvent {
        @Override
        public void deliverTo(RenderListener listener) {
            listener.jobFinished(this);
        }
    }
}
