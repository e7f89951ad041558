package io.brigade.engine.io;

import java.io.IOException;

/**
 * The part of storing a frame that is left once it is encoded: writing the bytes to their place. Made by
 * {@link FrameSink#prepare} on a worker thread, run once on the job's output thread.
 */
@FunctionalInterface
public interface FrameWrite {

    void write() throws IOException;
}
