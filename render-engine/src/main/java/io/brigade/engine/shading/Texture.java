package io.brigade.engine.shading;

import java.util.Objects;

/**
 * An immutable RGB texture sampled with bilinear filtering. {@code source} says where it came from
 * (a path as written in the scene or MTL file), so a scene can be saved back unchanged.
 */
public final class Texture {

    private static final int SUBTEXEL_BITS = 8;
    private static final int SUBTEXEL_STEPS = 1 << SUBTEXEL_BITS;
    private static final float UNIT_PER_LEVEL = 1f / (255f * SUBTEXEL_STEPS * SUBTEXEL_STEPS);

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
        int wx = subtexel(x - x0), wy = subtexel(y - y0);
        int xa = wrapX(x0), xb = nextX(xa, x0);
        int ya = wrapY(y0), yb = nextY(ya, y0);
        int c00 = argb[ya * width + xa], c10 = argb[ya * width + xb];
        int c01 = argb[yb * width + xa], c11 = argb[yb * width + xb];
        for (int ch = 0, shift = 16; ch < 3; ch++, shift -= 8) {
            rgb[ch] = bilinear(c00, c10, c01, c11, shift, wx, wy) * UNIT_PER_LEVEL;
        }
    }

    /**
     * {@link #sample(float, float, float[])} for every sample of the span, at its (u, v), times a tint
     * (the material's diffuse colour), into the span's red, green and blue: the very same results as
     * sampling, then multiplying. Each step is its own short counted loop, so C2 unrolls and vectorizes
     * all but the fetch (a gather) and, on JDK 17 only, the two conversions between float and int:
     * <ol>
     *   <li>each sample's position in 1/256 texel steps, x' = floor(256 (u w - 1/2)): the whole part is the
     *       texel, the low 8 bits the filter weight (exactly floor(x) and trunc(256 frac(x)), as x is a float);</li>
     *   <li>the four taps' columns and rows (masks for power-of-two repeat, the usual case);</li>
     *   <li>the fetch of the four texels;</li>
     *   <li>per channel, the blend across then down (integer, exact) and its conversion to 0..1 times the tint.</li>
     * </ol>
     */
    void sample(ShadingSpan s, float tintR, float tintG, float tintB) {
        fixedPoint(s);
        if (wrap == WrapMode.REPEAT && isPowerOfTwo(width) && isPowerOfTwo(height)) {
            maskedTaps(s);
        } else {
            wrappedTaps(s);
        }
        fetch(s);
        filter(s, 16, tintR, s.red);
        filter(s, 8, tintG, s.green);
        filter(s, 0, tintB, s.blue);
    }

    private void fixedPoint(ShadingSpan s) {
        int n = s.count;
        float[] u = s.u, v = s.v;
        int[] fixedX = s.fixedX, fixedY = s.fixedY;
        float w = width, h = height;
        for (int i = 0; i < n; i++) {
            fixedX[i] = (int) Math.floor((u[i] * w - 0.5f) * SUBTEXEL_STEPS);
            fixedY[i] = (int) Math.floor(((1 - v[i]) * h - 0.5f) * SUBTEXEL_STEPS);
        }
    }

    /** Taps of a repeating texture whose sides are powers of two: wrapping is a mask. Two int loops. */
    private void maskedTaps(ShadingSpan s) {
        int n = s.count;
        int[] fixedX = s.fixedX, fixedY = s.fixedY, weightX = s.weightX, weightY = s.weightY;
        int[] columnA = s.columnA, columnB = s.columnB, rowA = s.rowA, rowB = s.rowB;
        int maskX = width - 1, maskY = height - 1, w = width;
        for (int i = 0; i < n; i++) {
            int x0 = fixedX[i] >> SUBTEXEL_BITS;
            columnA[i] = x0 & maskX;
            columnB[i] = (x0 + 1) & maskX;
            weightX[i] = fixedX[i] & (SUBTEXEL_STEPS - 1);
        }
        for (int i = 0; i < n; i++) {
            int y0 = fixedY[i] >> SUBTEXEL_BITS;
            rowA[i] = (y0 & maskY) * w;
            rowB[i] = ((y0 + 1) & maskY) * w;
            weightY[i] = fixedY[i] & (SUBTEXEL_STEPS - 1);
        }
    }

    /** Taps for any other size or wrap, sample by sample. */
    private void wrappedTaps(ShadingSpan s) {
        int n = s.count;
        int[] fixedX = s.fixedX, fixedY = s.fixedY, weightX = s.weightX, weightY = s.weightY;
        int[] columnA = s.columnA, columnB = s.columnB, rowA = s.rowA, rowB = s.rowB;
        for (int i = 0; i < n; i++) {
            int x0 = fixedX[i] >> SUBTEXEL_BITS, y0 = fixedY[i] >> SUBTEXEL_BITS;
            int xa = wrapX(x0), ya = wrapY(y0);
            columnA[i] = xa;
            columnB[i] = nextX(xa, x0);
            rowA[i] = ya * width;
            rowB[i] = nextY(ya, y0) * width;
            weightX[i] = fixedX[i] & (SUBTEXEL_STEPS - 1);
            weightY[i] = fixedY[i] & (SUBTEXEL_STEPS - 1);
        }
    }

    private void fetch(ShadingSpan s) {
        int n = s.count;
        int[] t = argb, columnA = s.columnA, columnB = s.columnB, rowA = s.rowA, rowB = s.rowB;
        int[] t00 = s.texel00, t10 = s.texel10, t01 = s.texel01, t11 = s.texel11;
        for (int i = 0; i < n; i++) {
            t00[i] = t[rowA[i] + columnA[i]];
            t10[i] = t[rowA[i] + columnB[i]];
            t01[i] = t[rowB[i] + columnA[i]];
            t11[i] = t[rowB[i] + columnB[i]];
        }
    }

    /** One channel of the bilinear blend, as {@link #bilinear}, in three small loops C2 vectorizes even on JDK 17. */
    private static void filter(ShadingSpan s, int shift, float tint, float[] out) {
        int n = s.count;
        int[] top = s.top, bottom = s.bottom, weightY = s.weightY, filtered = s.filtered;
        across(s.texel00, s.texel10, s.weightX, shift, top, n);
        across(s.texel01, s.texel11, s.weightX, shift, bottom, n);
        for (int i = 0; i < n; i++) {
            filtered[i] = top[i] * (SUBTEXEL_STEPS - weightY[i]) + bottom[i] * weightY[i];
        }
        for (int i = 0; i < n; i++) { // exact: the filtered value has fewer than 24 bits
            out[i] = filtered[i] * UNIT_PER_LEVEL * tint;
        }
    }

    /** A row's blend of two texels' channel: left x (256 - wx) + right x wx. */
    private static void across(int[] left, int[] right, int[] weightX, int shift, int[] out, int n) {
        for (int i = 0; i < n; i++) {
            out[i] = channel(left[i], shift) * (SUBTEXEL_STEPS - weightX[i]) + channel(right[i], shift) * weightX[i];
        }
    }

    private static boolean isPowerOfTwo(int size) {
        return (size & (size - 1)) == 0;
    }

    /**
     * Where a sample falls between texels, in 1/256 steps, as GPUs filter: the blend is then exact integer
     * arithmetic, which vectorizes on every JDK (int-to-float conversion does not on JDK 17), and no
     * colour moves by more than half a level.
     */
    private static int subtexel(float fraction) {
        return (int) (fraction * SUBTEXEL_STEPS);
    }

    /** The blend of one channel of four texels, in units of 1/(255 x 256 x 256). */
    private static int bilinear(int c00, int c10, int c01, int c11, int shift, int wx, int wy) {
        int top = channel(c00, shift) * (SUBTEXEL_STEPS - wx) + channel(c10, shift) * wx;
        int bottom = channel(c01, shift) * (SUBTEXEL_STEPS - wx) + channel(c11, shift) * wx;
        return top * (SUBTEXEL_STEPS - wy) + bottom * wy;
    }

    private static int channel(int argb, int shift) {
        return (argb >>> shift) & 0xff;
    }

    private int wrapX(int x) {
        return wrap == WrapMode.REPEAT ? repeat(x, width) : Math.max(0, Math.min(width - 1, x));
    }

    private int wrapY(int y) {
        return wrap == WrapMode.REPEAT ? repeat(y, height) : Math.max(0, Math.min(height - 1, y));
    }

    /** x modulo size, into [0, size): a mask for the usual power-of-two sizes, where a division costs tens of cycles. */
    private static int repeat(int x, int size) {
        return (size & (size - 1)) == 0 ? x & (size - 1) : Math.floorMod(x, size);
    }

    /** The column after {@code x}, already wrapped to {@code wrapped}: one division fewer than wrapping x + 1. */
    private int nextX(int wrapped, int x) {
        if (wrap == WrapMode.REPEAT) {
            return wrapped + 1 == width ? 0 : wrapped + 1;
        }
        return Math.max(0, Math.min(width - 1, x + 1));
    }

    private int nextY(int wrapped, int y) {
        if (wrap == WrapMode.REPEAT) {
            return wrapped + 1 == height ? 0 : wrapped + 1;
        }
        return Math.max(0, Math.min(height - 1, y + 1));
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
