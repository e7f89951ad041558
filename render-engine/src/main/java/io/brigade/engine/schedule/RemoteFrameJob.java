package io.brigade.engine.schedule;

import io.brigade.engine.io.PngCompression;
import io.brigade.engine.scene.RenderSettings;
import io.brigade.engine.schedule.RenderEvent.FrameFinished;

import java.util.Map;
import java.util.Optional;

/** What a {@link FrameSource} sees of the job it renders for; every method may be called from any thread. */
public interface RemoteFrameJob {

    RenderSettings settings();

    /** The frames to render, ascending (a resumed job leaves out the frames already written). */
    int[] frames();

    CancellationToken token();

    /** A worker began a frame; {@code worker} names its lane, e.g. {@code host-a / worker 3}. */
    void frameStarted(int frame, String worker, long startNanos);

    /** A frame goes back to be rendered again: it failed, or its worker was lost. */
    void frameRetried(int frame, int attempt, Throwable cause);

    /** A finished frame, to the output stage (blocking while its queue is full); each frame at most once. */
    void publish(FrameFinished finished);

    /**
     * The PNG encoding of the job's output files, when it writes PNG files: a frame that arrives encoded so is
     * written as it came ({@link #publish(FrameFinished, byte[])}).
     */
    Optional<PngCompression> outputPng();

    /**
     * As {@link #publish(FrameFinished)}, with the frame's PNG file encoded with {@link #outputPng()}: the
     * output stage writes these bytes as they are instead of encoding the frame again.
     */
    void publish(FrameFinished finished, byte[] png);

    /** A span for the job's trace, on {@code lane}. */
    void record(String name, String category, String lane, long startNanos, long endNanos, Map<String, Object> args);

    /** Records the first failure and stops the job. */
    void fail(RenderJobException failure);
}
