package io.brigade.engine.schedule;

import java.util.concurrent.CountedCompleter;

/**
 * Frames {@code lo..hi-1} of the job's list: forks the upper half again and again, leaving one frame
 * to start here. Idle workers steal the large halves forked first, so the frames spread over the
 * workers by themselves, each worker walking its own stretch roughly in order.
 */
final class FrameRangeTask extends CountedCompleter<Void> {

    private final JobRun job;
    private final int lo;
    private final int hi;

    FrameRangeTask(CountedCompleter<?> parent, JobRun job, int lo, int hi) {
        super(parent);
        this.job = job;
        this.lo = lo;
        this.hi = hi;
    }

    @Override
    public void compute() {
        int end = hi;
        while (end - lo > 1) {
            int mid = (lo + end) >>> 1;
            addToPendingCount(1);
            new FrameRangeTask(this, job, mid, end).fork();
            end = mid;
        }
        addToPendingCount(1);
        new FrameTask(this, job, job.frameAt(lo), 0).fork();
        tryComplete();
    }
}
