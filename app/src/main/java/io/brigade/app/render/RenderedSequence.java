package io.brigade.app.render;

import io.brigade.engine.io.PngSequenceWriter;
import java.util.Objects;

/** The frames a completed render wrote: their files, the inclusive range and the scene's frame rate. */
public record RenderedSequence(PngSequenceWriter frames, int firstFrame, int lastFrame, double fps) {

    public RenderedSequence {
        Objects.requireNonNull(frames, "frames");
        if (lastFrame < firstFrame) {
            throw new IllegalArgumentException("last frame " + lastFrame + " is before the first, " + firstFrame);
        }
    }

    public int frameCount() {
        return lastFrame - firstFrame + 1;
    }
}
