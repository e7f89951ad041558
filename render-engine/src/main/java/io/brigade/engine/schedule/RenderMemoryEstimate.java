package io.brigade.engine.schedule;

import io.brigade.engine.scene.RenderSettings;

import java.util.Locale;

/**
 * About how much heap a job needs beyond its scene, worked out before any thread starts: each worker
 * holds colour and depth for every sample of a frame at the supersampled size plus the frame it
 * resolves into, and a job with an output holds the frames queued for writing, the one being
 * written and its image copy for the encoder.
 *
 * @param bytesPerWorker sample buffers and one resolved frame
 * @param queuedBytes    frames waiting for or in the output stage (0 without an output)
 */
public record RenderMemoryEstimate(RenderSettings settings, int workers, long bytesPerWorker, long queuedBytes) {

    private static final int BYTES_PER_SAMPLE = Integer.BYTES + Float.BYTES; // colour + depth
    private static final int BYTES_PER_PIXEL = Integer.BYTES;
    /** Queued frames, the frame being written and the encoder's image copy of it. */
    private static final int FRAMES_HELD_BY_OUTPUT = OutputStage.QUEUE_FRAMES + 2;
    private static final double BYTES_PER_MB = 1024.0 * 1024.0;

    public static RenderMemoryEstimate of(RenderRequest request) {
        return of(request.settings(), request.workers(), request.output().isPresent());
    }

    public static RenderMemoryEstimate of(RenderSettings settings, int workers, boolean hasOutput) {
        long pixels = (long) settings.width() * settings.height();
        long samples = pixels * settings.antiAliasing() * settings.antiAliasing();
        long perWorker = samples * BYTES_PER_SAMPLE + pixels * BYTES_PER_PIXEL;
        long queued = hasOutput ? FRAMES_HELD_BY_OUTPUT * pixels * BYTES_PER_PIXEL : 0;
        return new RenderMemoryEstimate(settings, workers, perWorker, queued);
    }

    public long totalBytes() {
        return workers * bytesPerWorker + queuedBytes;
    }

    /** Throws, naming size, anti-aliasing and workers, when the job needs more than {@code maxHeapBytes}. */
    public void requireFits(long maxHeapBytes) {
        if (totalBytes() > maxHeapBytes) {
            throw new RenderTooLargeException(String.format(Locale.ROOT,
                    "a %dx%d render with %dx%d anti-aliasing on %d worker%s needs about %.0f MB "
                            + "(%.0f MB of samples per worker, %.0f MB of frames queued for writing) "
                            + "but at most %.0f MB of memory is available: use fewer workers, less "
                            + "anti-aliasing or a smaller size, or give Java more memory (-Xmx)",
                    settings.width(), settings.height(), settings.antiAliasing(), settings.antiAliasing(),
                    workers, workers == 1 ? "" : "s", totalBytes() / BYTES_PER_MB, bytesPerWorker / BYTES_PER_MB,
                    queuedBytes / BYTES_PER_MB, maxHeapBytes / BYTES_PER_MB));
        }
    }
}
