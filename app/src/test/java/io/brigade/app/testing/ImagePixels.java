package io.brigade.app.testing;

import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;

/** Reads JavaFX images back as ARGB ints, to check what a preview shows. */
public final class ImagePixels {

    private ImagePixels() {
    }

    public static int[] argb(Image image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        return pixels;
    }

    /**
     * True when some row holds two different colours. The scenes' backgrounds are vertical gradients, one
     * colour per row, so a varying row means something was drawn over the background.
     */
    public static boolean showsMoreThanTheBackground(Image image) {
        int width = (int) image.getWidth();
        int[] pixels = argb(image);
        for (int rowStart = 0; rowStart < pixels.length; rowStart += width) {
            for (int x = 1; x < width; x++) {
                if (pixels[rowStart + x] != pixels[rowStart]) {
                    return true;
                }
            }
        }
        return false;
    }
}
