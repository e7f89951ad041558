package io.brigade.app.viewport;

import java.util.Optional;

/** The pixel size the preview is rendered at: the area on screen, never the scene's output size. */
public record PreviewSize(int width, int height) {

    /** Wider previews cost more render time than they add detail while scrubbing. */
    public static final int MAX_WIDTH = 960;

    public PreviewSize {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("preview size must be at least 1x1, got " + width + "x" + height);
        }
    }

    /**
     * The largest size of the given aspect (width / height) that fits the area and is at most
     * {@code maxWidth} wide; empty when the area cannot hold a single pixel row or column.
     */
    public static Optional<PreviewSize> fit(double areaWidth, double areaHeight, double aspect, int maxWidth) {
        if (!(aspect > 0) || Double.isInfinite(aspect)) {
            throw new IllegalArgumentException("aspect must be positive and finite, got " + aspect);
        }
        double width = Math.min(Math.floor(areaWidth), maxWidth);
        double height = Math.floor(width / aspect);
        if (height > Math.floor(areaHeight)) {
            height = Math.floor(areaHeight);
            width = Math.floor(height * aspect);
        }
        if (width < 1 || height < 1) {
            return Optional.empty();
        }
        return Optional.of(new PreviewSize((int) width, (int) height));
    }

    @Override
    public String toString() {
        return width + "x" + height;
    }
}
