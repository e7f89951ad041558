package io.brigade.app.render;

import java.util.Objects;
import java.util.Optional;

/** One frame's place in the render strip: its thumbnail once the frame is finished, empty until then. */
public record FrameSlot(int frame, Optional<FrameThumbnail> thumbnail) {

    public FrameSlot {
        Objects.requireNonNull(thumbnail, "thumbnail");
    }

    /** The place of a frame still to come. */
    static FrameSlot waiting(int frame) {
        return new FrameSlot(frame, Optional.empty());
    }

    /** The place of a finished frame. */
    static FrameSlot finished(FrameThumbnail thumbnail) {
        return new FrameSlot(thumbnail.frame(), Optional.of(thumbnail));
    }
}
