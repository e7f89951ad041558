package io.brigade.app.teaching;

import io.brigade.engine.schedule.RenderEvent.FrameFinished;
import io.brigade.engine.schedule.RenderEvent.FrameRetried;
import io.brigade.engine.schedule.RenderEvent.JobFinished;
import io.brigade.engine.schedule.RenderEvent.JobStarted;
import io.brigade.engine.schedule.RenderEvent.Progress;
import io.brigade.engine.schedule.RenderEvent.TaskStarted;
import io.brigade.engine.schedule.RenderListener;

/** Combines listeners, so that the timeline hears a job as well as whoever started it. */
final class RenderListeners {

    private RenderListeners() {
    }

    /** Calls {@code first}, then {@code second}, for every event. */
    static RenderListener both(RenderListener first, RenderListener second) {
        return new RenderListener() {
            @Override
            public void jobStarted(JobStarted event) {
                first.jobStarted(event);
                second.jobStarted(event);
            }

            @Override
            public void taskStarted(TaskStarted event) {
                first.taskStarted(event);
                second.taskStarted(event);
            }

            @Override
            public void frameRetried(FrameRetried event) {
                first.frameRetried(event);
                second.frameRetried(event);
            }

            @Override
            public void frameFinished(FrameFinished event) {
                first.frameFinished(event);
                second.frameFinished(event);
            }

            @Override
            public void progress(Progress event) {
                first.progress(event);
                second.progress(event);
            }

            @Override
            public void jobFinished(JobFinished event) {
                first.jobFinished(event);
                second.jobFinished(event);
            }
        };
    }
}
