package io.brigade.engine.schedule;

/**
 * Renders a job's frames somewhere other than the job's own worker pool: on a render farm. The job
 * still plans the frames, writes them through its output stage and reports the same events; the source
 * only produces finished frames. {@link RenderScheduler#start(RenderRequest, RenderListener, FrameSource)}
 * takes one.
 */
public interface FrameSource {

    /**
     * Produces every frame of {@code job.frames()} through {@link RemoteFrameJob#publish}, or records a
     * failure with {@link RemoteFrameJob#fail}, and returns when done, failed or cancelled. Runs on the
     * job's coordinating thread; must return soon (well within a second) after the job's token is cancelled.
     */
    void produce(RemoteFrameJob job) throws InterruptedException;
}
