package io.brigade.engine.schedule;

import io.brigade.engine.raster.RenderStats;
import io.brigade.engine.raster.RenderedFrame;
import io.brigade.engine.raster.Region;
import io.brigade.engine.scene.FramePose;
import io.brigade.engine.scene.RenderSettings;

/**
 * A frame being rendered tile by tile on several workers: the shared pixels each tile writes its own
 * rows of, and what the tiles report. Tiles finish before the frame task completes (the completion
 * count orders their writes before the read), so only the counters need the lock.
 */
final class FrameTiles {

    private final int frame;
    private final FramePose pose;
    private final Region[] regions;
    private final int[] pixels;
    private long trianglesSubmitted;
    private long trianglesRasterized;
    private long samplesShaded;
    private long renderNanos;
    private long firstStart = Long.MAX_VALUE;
    private long lastEnd = Long.MIN_VALUE;
    private boolean incomplete;
    private Throwable failure;
    private int failedTile = -1;

    FrameTiles(int frame, FramePose pose, Region[] regions, RenderSettings settings) {
        this.frame = frame;
        this.pose = pose;
        this.regions = regions;
        this.pixels = new int[settings.width() * settings.height()];
    }

    int frame() {
        return frame;
    }

    FramePose pose() {
        return pose;
    }

    int count() {
        return regions.length;
    }

    Region region(int tile) {
        return regions[tile];
    }

    int[] pixels() {
        return pixels;
    }

    synchronized void rendered(RenderStats stats, long start, long end) {
        trianglesSubmitted = stats.trianglesSubmitted(); // every tile submits the whole scene
        trianglesRasterized += stats.trianglesRasterized(); // a triangle spanning tiles counts in each
        samplesShaded += stats.samplesShaded();
        renderNanos += end - start;
        firstStart = Math.min(firstStart, start);
        lastEnd = Math.max(lastEnd, end);
    }

    /** A tile was cancelled or skipped: the frame cannot be assembled. */
    synchronized void abandoned() {
        incomplete = true;
    }

    synchronized void failed(int tile, Throwable cause) {
        if (failure == null) {
            failure = cause;
            failedTile = tile;
        } else if (failure != cause) {
            failure.addSuppressed(cause);
        }
        incomplete = true;
    }

    synchronized Throwable failure() {
        return failure;
    }

    /** Which tile failed first, as in "tile 4/16 (rows 204-272)". */
    synchronized String describeFailedTile() {
        Region region = regions[failedTile];
        return "tile " + (failedTile + 1) + "/" + regions.length + " (rows " + region.y0() + "-" + region.y1() + ")";
    }

    synchronized boolean isComplete() {
        return !incomplete;
    }

    synchronized long firstStart() {
        return firstStart;
    }

    synchronized long lastEnd() {
        return lastEnd;
    }

    synchronized long renderNanos() {
        return renderNanos;
    }

    /** The assembled frame; call once every tile has rendered. */
    synchronized RenderedFrame toFrame(RenderSettings settings) {
        return RenderedFrame.of(frame, settings.width(), settings.height(), pixels,
                new RenderStats(trianglesSubmitted, trianglesRasterized, samplesShaded));
    }
}
