package io.brigade.engine.schedule;

import io.brigade.engine.scene.RenderSettings;

import java.util.Locale;

/**
 * About how much heap a job needs beyond its scene, worked out before any thread starts: each worker
 * holds colour and depth for every sample of a frame at the supersampled size plus the frame it
 * resolves into and, when the job has an output, what encoding that frame takes; the output holds the
 * frames queued for writing and the one being written, each with its encoded bytes.
 *
 * @param bytesPerWorker sample buffers, one resolved frame and its encoder's memory
 * @param queuedBytes    frames waiting for or in the output stage (0 without an output)
 */
public record RenderMemoryEstimate(RenderSettings settings, int workers, long bytesPerWorker, long queuedBytes) {

    private static final int BYTES_PER_SAMPLE = Integer.BYTES + Float.BYTES; // colour + depth
    private static final int BYTES_PER_PIXEL = Integer.BYTES;
    /** At worst, for pixels that do not compress: three bytes each, filter bytes and headers, rounded up. */
    private static final int ENCODED_BYTES_PER_PIXEL = 4;
    /** An encoder's image copy of the frame (ImageIO) and its growing output buffer with the copy it ends in. */
    private static final int ENCODER_BYTES_PER_PIXEL = BYTES_PER_PIXEL + 2 * ENCODED_BYTES_PER_PIXEL;
    /** Queued frames and the frame being written. */
    private static final int FRAMES_HELD_BY_OUTPUT = OutputStage.QUEUE_FRAMES + 1;
    private static final double BYTES_PER_MB = 1024.0 * 1024.0;

    public static RenderMemoryEstimate of(RenderRequest request) {
        return of(request.settings(), request.workers(), request.output().isPresent());
    }

    public static RenderMemoryEstimate of(RenderSettings settings, int workers, boolean hasOutput) {
        long pixels = (long) settings.width() * settings.height();
        long samples = pixels * settings.antiAliasing() * settings.antiAliasing();
        long perWorker = samples * BYTES_PER_SAMPLE + pixels * BYTES_PER_PIXEL
                + (hasOutput ? pixels * ENCODER_BYTES_PER_PIXEL : 0);
        long queued = hasOutput ? FRAMES_HELD_BY_OUTPUT * pixels * (BYTES_PER_PIXEL + ENCODED_BYTES_PER_PIXEL) : 0;
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
                            + "(%.0f MB per worker for samples and encoding, %.0f MB of frames queued for writing) "
                            + "but at most %.0f MB of memory is available: use fewer workers, less "
                            + "anti-aliasing or a smaller size, or give Java more memory (-Xmx)",
                    settings.width(), settings.height(), settings.antiAliasing(), settings.antiAliasing(),
                    workers, workers == 1 ? "" : "s", totalBytes() / BYTES_PER_MB, bytesPerWorker / BYTES_PER_MB,
                    queuedBytes / BYTES_PER_MB, maxHeapBytes / BYTES_PER_MB));
        }
    }
}
