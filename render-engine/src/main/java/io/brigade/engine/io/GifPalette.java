package io.brigade.engine.io;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.util.Arrays;

/**
 * Turns a true-colour frame into GIF's 256 colours with a fixed palette of 6 reds x 7 greens x 6 blues (252
 * colours, more greens because the eye tells greens apart best), either nearest colour per pixel or with
 * Floyd-Steinberg error diffusion, which spreads each pixel's rounding error onto its neighbours so that a
 * gradient shows as a fine grain instead of bands. The same palette for every frame keeps the colours from
 * flickering between frames. Deterministic: the same frame always gives the same pixels.
 */
public final class GifPalette {

    static final int REDS = 6;
    static final int GREENS = 7;
    static final int BLUES = 6;
    private static final IndexColorModel PALETTE = palette();

    private GifPalette() {
    }

    /** {@code frame} in the palette's colours, as an indexed image the GIF writer stores as it is. */
    public static BufferedImage indexed(BufferedImage frame, boolean dither) {
        int width = frame.getWidth();
        int height = frame.getHeight();
        int[] argb = frame.getRGB(0, 0, width, height, null, 0, width);
        BufferedImage indexed = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_INDEXED, PALETTE);
        byte[] out = ((DataBufferByte) indexed.getRaster().getDataBuffer()).getData();
        if (dither) {
            diffuse(argb, width, height, out);
        } else {
            for (int i = 0; i < argb.length; i++) {
                out[i] = (byte) index(argb[i] >> 16 & 0xFF, argb[i] >> 8 & 0xFF, argb[i] & 0xFF);
            }
        }
        return indexed;
    }

    /** Floyd-Steinberg over the rows, top to bottom, left to right: 7/16 right, 3/16, 5/16, 1/16 below. */
    private static void diffuse(int[] argb, int width, int height, byte[] out) {
        int[] current = new int[(width + 2) * 3];
        int[] next = new int[(width + 2) * 3];
        for (int y = 0; y < height; y++) {
            Arrays.fill(next, 0);
            for (int x = 0; x < width; x++) {
                int pixel = argb[y * width + x];
                int at = (x + 1) * 3;
                int r = clamp((pixel >> 16 & 0xFF) + current[at] / 16);
                int g = clamp((pixel >> 8 & 0xFF) + current[at + 1] / 16);
                int b = clamp((pixel & 0xFF) + current[at + 2] / 16);
                int chosen = index(r, g, b);
                out[y * width + x] = (byte) chosen;
                spread(r - PALETTE.getRed(chosen), g - PALETTE.getGreen(chosen), b - PALETTE.getBlue(chosen),
                        at, current, next);
            }
            int[] swap = current;
            current = next;
            next = swap;
        }
    }

    private static void spread(int er, int eg, int eb, int at, int[] current, int[] next) {
        int right = at + 3;
        int left = at - 3;
        current[right] += er * 7;
        current[right + 1] += eg * 7;
        current[right + 2] += eb * 7;
        next[left] += er * 3;
        next[left + 1] += eg * 3;
        next[left + 2] += eb * 3;
        next[at] += er * 5;
        next[at + 1] += eg * 5;
        next[at + 2] += eb * 5;
        next[right] += er;
        next[right + 1] += eg;
        next[right + 2] += eb;
    }

    /** The palette entry nearest to (r, g, b): each channel rounded to its own levels. */
    static int index(int r, int g, int b) {
        return (level(r, REDS) * GREENS + level(g, GREENS)) * BLUES + level(b, BLUES);
    }

    private static int level(int value, int levels) {
        return (value * (levels - 1) + 127) / 255;
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }

    private static IndexColorModel palette() {
        int size = REDS * GREENS * BLUES;
        byte[] r = new byte[size];
        byte[] g = new byte[size];
        byte[] b = new byte[size];
        for (int red = 0; red < REDS; red++) {
            for (int green = 0; green < GREENS; green++) {
                for (int blue = 0; blue < BLUES; blue++) {
                    int i = (red * GREENS + green) * BLUES + blue;
                    r[i] = (byte) (red * 255 / (REDS - 1));
                    g[i] = (byte) (green * 255 / (GREENS - 1));
                    b[i] = (byte) (blue * 255 / (BLUES - 1));
                }
            }
        }
        return new IndexColorModel(8, size, r, g, b);
    }
}
