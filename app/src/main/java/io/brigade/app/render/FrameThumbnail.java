package io.brigade.app.render;

import io.brigade.engine.raster.RenderedFrame;
import java.util.Arrays;

/**
 * A small copy of a finished frame for the render panel's strip, made on the job's event thread so the FX
 * thread only wraps its few pixels in an image. Immutable: the pixels are private and handed out as copies.
 */
public final class FrameThumbnail {

    /** The width the panel shows thumbnails at; frames narrower than this keep their size. */
    public static final int WIDTH = 96;

    private final int frame;
    private final int width;
    private final int height;
    private final int[] argb;

    private FrameThumbnail(int frame, int width, int height, int[] argb) {
        this.frame = frame;
        this.width = width;
        this.height = height;
        this.argb = argb;
    }

    /** {@code source} shrunk to at most {@code maxWidth} pixels wide, keeping its aspect, by box averaging. */
    public static FrameThumbnail of(RenderedFrame source, int maxWidth) {
        if (maxWidth < 1) {
            throw new IllegalArgumentException("thumbnail width must be at least 1, got " + maxWidth);
        }
        int width = Math.min(maxWidth, source.width());
        int height = Math.max(1, (int) Math.round((double) source.height() * width / source.width()));
        int[] row = new int[source.width()];
        long[] sums = new long[width * 4]; // a, r, g, b per output column of the output row being built
        int[] argb = new int[width * height];
        for (int ty = 0; ty < height; ty++) {
            Arrays.fill(sums, 0);
            int y0 = ty * source.height() / height;
            int y1 = Math.max(y0 + 1, (ty + 1) * source.height() / height);
            for (int y = y0; y < y1; y++) {
                source.copyRow(y, row, 0);
                for (int tx = 0; tx < width; tx++) {
                    int x0 = tx * source.width() / width;
                    int x1 = Math.max(x0 + 1, (tx + 1) * source.width() / width);
                    for (int x = x0; x < x1; x++) {
                        int p = row[x];
                        sums[tx * 4] += p >>> 24;
                        sums[tx * 4 + 1] += (p >> 16) & 0xff;
                        sums[tx * 4 + 2] += (p >> 8) & 0xff;
                        sums[tx * 4 + 3] += p & 0xff;
                    }
                }
            }
            for (int tx = 0; tx < width; tx++) {
                int x0 = tx * source.width() / width;
                int x1 = Math.max(x0 + 1, (tx + 1) * source.width() / width);
                long count = (long) (x1 - x0) * (y1 - y0);
                argb[ty * width + tx] = channel(sums[tx * 4], count) << 24 | channel(sums[tx * 4 + 1], count) << 16
                        | channel(sums[tx * 4 + 2], count) << 8 | channel(sums[tx * 4 + 3], count);
            }
        }
        return new FrameThumbnail(source.frame(), width, height, argb);
    }

    private static int channel(long sum, long count) {
        return (int) ((sum + count / 2) / count);
    }

    /** The frame number it shows. */
    public int frame() {
        return frame;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public int argb(int x, int y) {
        return argb[y * width + x];
    }

    /** A copy of the pixels, ARGB row by row from the top-left. */
    public int[] copyPixels() {
        return argb.clone();
    }
}
