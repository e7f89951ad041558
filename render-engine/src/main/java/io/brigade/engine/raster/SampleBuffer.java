package io.brigade.engine.raster;

import io.brigade.engine.scene.Background;

import java.util.Arrays;

/**
 * Colour and depth samples for one rectangle of the (supersampled) frame. Owned by one worker and
 * reused from frame to frame, so steady-state rendering allocates nothing here.
 */
final class SampleBuffer {

    /** Depth of the far plane in normalized device coordinates: nothing drawn is farther. */
    static final float FAR_DEPTH = 1f;

    int originX;
    int originY;
    int width;
    int height;
    int[] color = new int[0];
    float[] depth = new float[0];
    private int[] ownColor = color;

    /** Makes room for a {@code width} x {@code height} rectangle whose top-left sample is (x, y). */
    void prepare(int x, int y, int w, int h) {
        originX = x;
        originY = y;
        width = w;
        height = h;
        int n = w * h;
        if (ownColor.length < n) {
            ownColor = new int[n];
        }
        if (depth.length < n) {
            depth = new float[n];
        }
        color = ownColor;
    }

    /**
     * Like {@link #prepare} for a whole frame without supersampling, but drawing straight into
     * {@code frame}, which saves copying every pixel afterwards.
     */
    void prepareDirect(int[] frame, int w, int h) {
        prepare(0, 0, w, h);
        color = frame;
    }

    /** Forgets a frame given to {@link #prepareDirect}: the buffer never holds on to the caller's pixels. */
    void detach() {
        color = ownColor;
    }

    /** Whether samples went straight into the frame, so {@link #resolve} has nothing to do. */
    boolean isDirect() {
        return color != ownColor;
    }

    /** Fills colour with the background (a vertical gradient over the whole frame height) and depth with far. */
    void clear(Background background, int frameHeight) {
        int top = background.top().toArgb();
        int bottom = background.bottom().toArgb();
        for (int row = 0; row < height; row++) {
            int rowColor = background.isSolid() ? top : gradient(top, bottom, (originY + row + 0.5f) / frameHeight);
            Arrays.fill(color, row * width, (row + 1) * width, rowColor);
        }
        Arrays.fill(depth, 0, width * height, FAR_DEPTH);
    }

    private static int gradient(int top, int bottom, float t) {
        int r = lerp((top >> 16) & 0xff, (bottom >> 16) & 0xff, t);
        int g = lerp((top >> 8) & 0xff, (bottom >> 8) & 0xff, t);
        int b = lerp(top & 0xff, bottom & 0xff, t);
        return 0xff000000 | r << 16 | g << 8 | b;
    }

    private static int lerp(int a, int b, float t) {
        return (int) (a + (b - a) * t + 0.5f);
    }

    /**
     * Box-filters {@code factor} x {@code factor} samples into each output pixel and writes the rectangle
     * to {@code target}, a whole frame {@code targetWidth} pixels wide.
     */
    void resolve(int factor, int[] target, int targetWidth) {
        if (isDirect()) {
            return;
        }
        int outX = originX / factor;
        int outY = originY / factor;
        int outW = width / factor;
        int outH = height / factor;
        if (factor == 1) {
            for (int row = 0; row < outH; row++) {
                System.arraycopy(color, row * width, target, (outY + row) * targetWidth + outX, outW);
            }
            return;
        }
        int n = factor * factor;
        for (int row = 0; row < outH; row++) {
            for (int col = 0; col < outW; col++) {
                int r = 0, g = 0, b = 0;
                for (int sy = 0; sy < factor; sy++) {
                    int base = (row * factor + sy) * width + col * factor;
                    for (int sx = 0; sx < factor; sx++) {
                        int c = color[base + sx];
                        r += (c >> 16) & 0xff;
                        g += (c >> 8) & 0xff;
                        b += c & 0xff;
                    }
                }
                target[(outY + row) * targetWidth + outX + col] =
                        0xff000000 | (r + n / 2) / n << 16 | (g + n / 2) / n << 8 | (b + n / 2) / n;
            }
        }
    }
}
