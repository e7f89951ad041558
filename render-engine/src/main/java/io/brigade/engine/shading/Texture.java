package io.brigade.engine.shading;

import java.util.Objects;

/**
 * An immutable RGB texture sampled with bilinear filtering. {@code source} says where it came from
 * (a path as written in the scene or MTL file), so a scene can be saved back unchanged.
 */
public final class Texture {

    private final String source;
    private final int width;
    private final int height;
    private final int[] argb;
    private final WrapMode wrap;

    private Texture(String source, int width, int height, int[] argb, WrapMode wrap) {
        this.source = source;
        this.width = width;
        this.height = height;
        this.argb = argb;
        this.wrap = wrap;
    }

    /** A texture over a copy of {@code argb}, row by row from the top-left texel. */
    public static Texture of(String source, int width, int height, int[] argb, WrapMode wrap) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(wrap, "wrap");
        if (width <= 0 || height <= 0 || argb.length != width * height) {
            throw new IllegalArgumentException("texture " + source + ": " + width + "x" + height
                    + " needs " + (long) width * height + " texels, got " + argb.length);
        }
        return new Texture(source, width, height, argb.clone(), wrap);
    }

    public Texture withWrap(WrapMode newWrap) {
        return new Texture(source, width, height, argb, newWrap);
    }

    /** The same texels from another {@code source}, as when a scene file names the same image by another path. */
    public Texture withSource(String newSource) {
        return new Texture(Objects.requireNonNull(newSource, "newSource"), width, height, argb, wrap);
    }

    public String source() {
        return source;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public WrapMode wrap() {
        return wrap;
    }

    public int texel(int x, int y) {
        return argb[y * width + x];
    }

    /**
     * Bilinear lookup at (u, v), v pointing up (v = 0 is the bottom row, as in OBJ files).
     * Writes linear 0..1 red, green, blue into {@code rgb[0..2]}; allocates nothing.
     */
    public void sample(float u, float v, float[] rgb) {
        float x = u * width - 0.5f;
        float y = (1 - v) * height - 0.5f;
        int x0 = (int) Math.floor(x);
        int y0 = (int) Math.floor(y);
        float fx = x - x0;
        float fy = y - y0;
        int xa = wrapX(x0), xb = wrapX(x0 + 1);
        int ya = wrapY(y0), yb = wrapY(y0 + 1);
        int c00 = argb[ya * width + xa], c10 = argb[ya * width + xb];
        int c01 = argb[yb * width + xa], c11 = argb[yb * width + xb];
        for (int ch = 0, shift = 16; ch < 3; ch++, shift -= 8) {
            float top = channel(c00, shift) * (1 - fx) + channel(c10, shift) * fx;
            float bottom = channel(c01, shift) * (1 - fx) + channel(c11, shift) * fx;
            rgb[ch] = (top * (1 - fy) + bottom * fy) * (1f / 255f);
        }
    }

    private static int channel(int argb, int shift) {
        return (argb >>> shift) & 0xff;
    }

    private int wrapX(int x) {
        return wrap == WrapMode.REPEAT ? Math.floorMod(x, width) : Math.max(0, Math.min(width - 1, x));
    }

    private int wrapY(int y) {
        return wrap == WrapMode.REPEAT ? Math.floorMod(y, height) : Math.max(0, Math.min(height - 1, y));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Texture t && t.source.equals(source) && t.width == width && t.height == height
                && t.wrap == wrap && java.util.Arrays.equals(t.argb, argb);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, width, height, wrap);
    }

    @Override
    public String toString() {
        return "Texture[" + source + ", " + width + "x" + height + ", " + wrap + "]";
    }
}
