package io.brigade.engine.io;

import io.brigade.engine.raster.RenderedFrame;

import java.io.IOException;
import java.util.Optional;

/**
 * Where a render job's finished frames go: a PNG sequence on disk, a video encoder, a test's list.
 *
 * <p>Threading: a job calls {@link #prepare} on the worker that rendered the frame, so frames are
 * encoded side by side on all workers, and runs the {@link FrameWrite} it returns on its single output
 * thread, one frame at a time, in no particular frame order (workers finish frames out of order).
 * {@link #hasValidFrame} is called from the job's coordinating thread before any frame is rendered. When
 * the job is cancelled the output thread is interrupted, so a write should give up on interruption
 * (writes through NIO channels do so by themselves).
 */
public interface FrameSink {

    /** Stores one frame; a failure stops the job with a message naming the frame and {@link #destination}. */
    void write(RenderedFrame frame) throws IOException;

    /**
     * Does the costly part of storing {@code frame}, such as encoding it, on the calling worker thread,
     * concurrently with other frames; the returned write stores the result. By default everything is
     * left to the write. A failure stops the job like a failed write.
     */
    default FrameWrite prepare(RenderedFrame frame) throws IOException {
        return () -> write(frame);
    }

    /**
     * The PNG encoding of this sink's files, when it stores each frame as a PNG file: a farm's workers then
     * encode frames so, and {@link #prepareEncoded} stores their bytes as they are. Empty by default.
     */
    default Optional<PngCompression> pngEncoding() {
        return Optional.empty();
    }

    /**
     * As {@link #prepare}, for a frame whose PNG file, encoded with {@link #pngEncoding()}, is at hand: a sink
     * that stores PNG files stores {@code png} without encoding again. By default {@code png} is ignored.
     */
    default FrameWrite prepareEncoded(RenderedFrame frame, byte[] png) throws IOException {
        return prepare(frame);
    }

    /** Where {@code frame} is written, for messages and traces, e.g. a file path. */
    String destination(int frame);

    /**
     * True when {@code frame} is already stored, complete and {@code width} x {@code height}, so a
     * resumed job may skip it. Sinks that cannot tell answer false.
     */
    default boolean hasValidFrame(int frame, int width, int height) {
        return false;
    }
}
