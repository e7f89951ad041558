package io.brigade.engine.schedule;

import io.brigade.engine.raster.Region;
import io.brigade.engine.scene.RenderSettings;

/**
 * How a frame is cut into tiles when workers share it: horizontal bands, at most {@link #MAX_BANDS},
 * at least {@link #MIN_BAND_ROWS} rows high, and small enough that one band's supersamples stay within
 * {@link #MAX_BAND_SAMPLES}. The layout depends only on the settings, never on the worker count, so
 * the same tiles (and the same pixels) come out however many workers share them.
 */
final class TileLayout {

    /** Enough bands for 16 workers to share a frame. */
    static final int MAX_BANDS = 16;
    static final int MIN_BAND_ROWS = 4;
    /**
     * Supersamples a worker's sample buffer holds for one band (8 bytes each). Frames with more samples
     * than this are always rendered in bands, so per-worker memory stays bounded at any size and
     * anti-aliasing: a whole 1920x1080 frame at 4x4 would need 265 MB per worker.
     */
    static final long MAX_BAND_SAMPLES = 4L << 20;

    private TileLayout() {
    }

    static Region[] bands(RenderSettings settings) {
        int rows = bandRows(settings);
        int height = settings.height();
        Region[] bands = new Region[(height + rows - 1) / rows];
        for (int i = 0; i < bands.length; i++) {
            bands[i] = new Region(0, i * rows, settings.width(), Math.min(height, (i + 1) * rows));
        }
        return bands;
    }

    /** True when a whole frame would need more samples than one band may hold. */
    static boolean mustTile(RenderSettings settings) {
        return samplesPerRow(settings) * settings.height() > MAX_BAND_SAMPLES;
    }

    private static int bandRows(RenderSettings settings) {
        int evenSplit = Math.max(MIN_BAND_ROWS, ceilDiv(settings.height(), MAX_BANDS));
        int memoryCap = (int) Math.max(1, MAX_BAND_SAMPLES / samplesPerRow(settings));
        return Math.min(evenSplit, memoryCap);
    }

    private static long samplesPerRow(RenderSettings settings) {
        long aa = settings.antiAliasing();
        return settings.width() * aa * aa;
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
