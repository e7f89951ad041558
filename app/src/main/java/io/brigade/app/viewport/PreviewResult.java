package io.brigade.app.viewport;

import io.brigade.engine.raster.RenderedFrame;
import java.util.Objects;

/** What became of a {@link PreviewRequest}: a frame, or the error that stopped it. */
public sealed interface PreviewResult {

    PreviewRequest request();

    /** The frame and the time the render took, pose evaluation included. */
    record Rendered(PreviewRequest request, RenderedFrame image, long renderNanos) implements PreviewResult {
        public Rendered {
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(image, "image");
        }

        public double renderMillis() {
            return renderNanos / 1e6;
        }
    }

    /** The renderer threw; a bug or a scene the renderer cannot handle, reported rather than lost. */
    record Failed(PreviewRequest request, RuntimeException error) implements PreviewResult {
        public Failed {
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(error, "error");
        }
    }
}
