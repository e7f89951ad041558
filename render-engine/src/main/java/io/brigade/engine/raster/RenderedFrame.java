package io.brigade.engine.raster;

import java.util.Arrays;

/** An immutable rendered frame: opaque ARGB pixels, row by row from the top-left. */
public final class RenderedFrame {

    private final int frame;
    private final int width;
    private final int height;
    private final int[] argb;
    private final RenderStats stats;

    private RenderedFrame(int frame, int width, int height, int[] argb, RenderStats stats) {
        this.frame = frame;
        this.width = width;
        this.height = height;
        this.argb = argb;
        this.stats = stats;
    }

    /** Takes ownership of {@code argb}: the caller must not change it afterwards. */
    static RenderedFrame adopt(int frame, int width, int height, int[] argb, RenderStats stats) {
        if (argb.length != width * height) {
            throw new IllegalArgumentException("expected " + width * height + " pixels, got " + argb.length);
        }
        return new RenderedFrame(frame, width, height, argb, stats);
    }

    /** A frame over a copy of {@code argb}. */
    public static RenderedFrame of(int frame, int width, int height, int[] argb, RenderStats stats) {
        return adopt(frame, width, height, argb.clone(), stats);
    }

    public int frame() {
        return frame;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public RenderStats stats() {
        return stats;
    }

    public int argb(int x, int y) {
        return argb[y * width + x];
    }

    public int[] copyPixels() {
        return argb.clone();
    }

    /** Copies row {@code y} into {@code dst} at {@code offset}. */
    public void copyRow(int y, int[] dst, int offset) {
        System.arraycopy(argb, y * width, dst, offset, width);
    }

    /** True when both frames have the same size and the same pixels, bit for bit. */
    public boolean samePixels(RenderedFrame o) {
        return width == o.width && height == o.height && Arrays.equals(argb, o.argb);
    }

    /** A 64-bit FNV-1a hash of the pixels, for comparing renders cheaply. */
    public long pixelHash() {
        long h = 0xcbf29ce484222325L;
        for (int p : argb) {
            h = (h ^ p) * 0x100000001b3L;
        }
        return h;
    }

    @Override
    public String toString() {
        return "RenderedFrame[" + frame + ", " + width + "x" + height + "]";
    }
}
