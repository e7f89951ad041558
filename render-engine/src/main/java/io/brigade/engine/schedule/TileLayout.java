package io.brigade.engine.schedule;

import io.brigade.engine.raster.Region;
import io.brigade.engine.scene.RenderSettings;

/**
 * How a frame is cut into tiles: horizontal bands whose supersamples stay within {@link #MAX_BAND_SAMPLES}.
 * A frame that idle workers share (the tail of a job) is cut into two bands per worker, at most
 * {@link #MAX_BANDS} and at least {@link #MIN_BAND_ROWS} rows high; any other frame only as much as memory needs,
 * since every band draws the frame's whole geometry again (a million-triangle frame in 16 bands cost twice the
 * CPU of 2 bands). The pixels never depend on the cut: a band holds exactly the pixels the whole frame has there.
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

    /**
     * The tiles of one frame that {@code sharers} workers render together: two bands each when several share it
     * (so one slow band leaves no worker idle for long), else the fewest that fit the sample budget, which for
     * most frames is the whole frame as one tile.
     */
    static Region[] tilesFor(RenderSettings settings, int sharers) {
        if (sharers < 1) {
            throw new IllegalArgumentException("a frame needs a worker, got " + sharers);
        }
        int wanted = sharers == 1 ? 1 : Math.min(MAX_BANDS, 2 * sharers);
        int evenSplit = Math.max(MIN_BAND_ROWS, ceilDiv(settings.height(), wanted));
        int rows = Math.min(evenSplit, memoryCapRows(settings));
        // the same number of bands, their rows spread evenly: no thin last band
        return bandsOf(settings, ceilDiv(settings.height(), ceilDiv(settings.height(), rows)));
    }


    private static Region[] bandsOf(RenderSettings settings, int rows) {
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

    /** The most rows one band may hold within the sample budget. */
    private static int memoryCapRows(RenderSettings settings) {
        return (int) Math.max(1, Math.min(settings.height(), MAX_BAND_SAMPLES / samplesPerRow(settings)));
    }

    private static long samplesPerRow(RenderSettings settings) {
        long aa = settings.antiAliasing();
        return settings.width() * aa * aa;
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
