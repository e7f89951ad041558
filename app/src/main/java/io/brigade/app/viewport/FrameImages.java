package io.brigade.app.viewport;

import io.brigade.engine.raster.RenderedFrame;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/** Turns the engine's frames into JavaFX images. */
public final class FrameImages {

    private FrameImages() {
    }

    /** A new image with the frame's pixels; the engine's ARGB ints are JavaFX's IntArgb format as they are. */
    public static WritableImage toImage(RenderedFrame frame) {
        int width = frame.width();
        int height = frame.height();
        WritableImage image = new WritableImage(width, height);
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(),
                frame.copyPixels(), 0, width);
        return image;
    }
}
