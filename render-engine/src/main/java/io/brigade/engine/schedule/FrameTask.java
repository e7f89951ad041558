package io.brigade.engine.schedule;

import io.brigade.engine.raster.RenderedFrame;
import io.brigade.engine.raster.Region;
import io.brigade.engine.scene.FramePose;
import io.brigade.engine.schedule.RenderEvent.FrameFinished;

import java.util.concurrent.CountedCompleter;

/**
 * One attempt at one frame: rendered whole by this worker, or cut into {@link TileLayout} tiles (for the
 * tail of a job, or a frame too large for one sample buffer) that idle workers may steal. A failure is retried as a fresh attempt (a sibling task) until the job's retries
 * are used up, then fails the job naming the frame.
 */
final class FrameTask extends CountedCompleter<Void> {

    private final JobRun job;
    private final int frame;
    private final int attempt;
    private FrameTiles tiles; // set when the frame is shared out as tiles; read once they all completed

    FrameTask(CountedCompleter<?> parent, JobRun job, int frame, int attempt) {
        super(parent);
        this.job = job;
        this.frame = frame;
        this.attempt = attempt;
    }

    @Override
    public void compute() {
        if (!job.isStopped()) {
            start();
        }
        tryComplete();
    }

    private void start() {
        FramePose pose;
        try {
            pose = job.pose(frame);
        } catch (RuntimeException | Error e) {
            retryOrFail(e, "the pose source failed");
            return;
        }
        Region[] tiles = TileLayout.tilesFor(job.settings(), job.sharersOfFrame(attempt == 0));
        if (tiles.length > 1) {
            shareAsTiles(pose, tiles);
        } else {
            renderWhole(pose);
        }
    }

    private void renderWhole(FramePose pose) {
        Region whole = Region.full(job.settings().width(), job.settings().height());
        String worker = Thread.currentThread().getName();
        long start = System.nanoTime();
        job.taskStarted(frame, whole, 0, 1, worker, start);
        RenderedFrame rendered;
        try {
            rendered = job.renderer().render(pose, job.settings(), job.token());
        } catch (RenderCancelledException e) {
            job.recordTask(frame, whole, 0, 1, worker, start, System.nanoTime(), "cancelled");
            return;
        } catch (RuntimeException | Error e) {
            job.recordTask(frame, whole, 0, 1, worker, start, System.nanoTime(), "failed");
            retryOrFail(e, "rendering failed");
            return;
        }
        long end = System.nanoTime();
        job.recordTask(frame, whole, 0, 1, worker, start, end, "rendered");
        job.publish(new FrameFinished(rendered, worker, start, end, end - start, 1));
    }

    /** Forks one task per tile; {@link #onCompletion} assembles the frame when the last one is done. */
    private void shareAsTiles(FramePose pose, Region[] regions) {
        tiles = new FrameTiles(frame, pose, regions, job.settings());
        addToPendingCount(regions.length);
        // Forked last-first: this worker pops the first tile next while thieves take from the far end.
        for (int tile = regions.length - 1; tile >= 0; tile--) {
            new TileTask(this, job, tiles, tile).fork();
        }
    }

    @Override
    public void onCompletion(CountedCompleter<?> caller) {
        if (tiles == null) {
            return; // rendered whole, or not at all, in compute
        }
        Throwable failure = tiles.failure();
        if (failure != null) {
            retryOrFail(failure, "rendering " + tiles.describeFailedTile() + " failed");
        } else if (tiles.isComplete() && !job.isStopped()) {
            try {
                job.publish(new FrameFinished(tiles.toFrame(job.settings()), Thread.currentThread().getName(),
                        tiles.firstStart(), tiles.lastEnd(), tiles.renderNanos(), tiles.count()));
            } catch (RuntimeException | Error e) {
                job.fail(RenderJobException.atFrame(frame, "could not assemble its tiles", e));
            }
        }
    }

    /** Called before this task completes, so the parent still waits for the retry it is given. */
    private void retryOrFail(Throwable cause, String what) {
        if (attempt < job.retries() && !job.isStopped()) {
            job.frameRetried(frame, attempt + 1, cause);
            CountedCompleter<?> parent = getCompleter();
            parent.addToPendingCount(1);
            new FrameTask(parent, job, frame, attempt + 1).fork();
        } else {
            job.fail(RenderJobException.atFrame(frame, attempt == 0 ? what
                    : what + " on all " + (attempt + 1) + " attempts", cause));
        }
    }
}
