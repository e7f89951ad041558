package io.brigade.engine.schedule;

import io.brigade.engine.raster.RenderStats;
import io.brigade.engine.raster.Region;

import java.util.concurrent.CountedCompleter;

/** Renders one tile of a shared frame into the frame's pixels, with this worker's own renderer. */
final class TileTask extends CountedCompleter<Void> {

    private final JobRun job;
    private final FrameTiles tiles;
    private final int tile;

    TileTask(FrameTask parent, JobRun job, FrameTiles tiles, int tile) {
        super(parent);
        this.job = job;
        this.tiles = tiles;
        this.tile = tile;
    }

    @Override
    public void compute() {
        if (job.isStopped()) {
            tiles.abandoned();
        } else {
            render();
        }
        tryComplete();
    }

    private void render() {
        Region region = tiles.region(tile);
        String worker = Thread.currentThread().getName();
        long start = System.nanoTime();
        job.taskStarted(tiles.frame(), region, tile, tiles.count(), worker, start);
        try {
            RenderStats stats = job.tileRenderer().render(tiles.pose(), job.settings(), region, tiles.pixels(), job.token());
            long end = System.nanoTime();
            job.recordTask(tiles.frame(), region, tile, tiles.count(), worker, start, end, "rendered");
            tiles.rendered(stats, start, end);
        } catch (RenderCancelledException e) {
            job.recordTask(tiles.frame(), region, tile, tiles.count(), worker, start, System.nanoTime(), "cancelled");
            tiles.abandoned();
        } catch (RuntimeException | Error e) {
            job.recordTask(tiles.frame(), region, tile, tiles.count(), worker, start, System.nanoTime(), "failed");
            tiles.failed(tile, e);
        }
    }
}
