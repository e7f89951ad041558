package io.brigade.engine.io;

/**
 * How a PNG sequence becomes an animated GIF: its size as a fraction of the frames' ({@code scale}), every
 * {@code frameStep}-th frame only (a lower frame rate, a smaller file), and whether the 256-colour palette is
 * dithered (error diffusion, no banding in gradients) or each pixel takes the nearest colour.
 */
public record GifOptions(double scale, int frameStep, boolean dither) {

    /** Full size, every frame, dithered. */
    public static final GifOptions DEFAULT = new GifOptions(1, 1, true);

    public GifOptions {
        if (!(scale > 0 && scale <= 1)) {
            throw new IllegalArgumentException("a GIF's scale must be above 0 and at most 1, got " + scale);
        }
        if (frameStep < 1) {
            throw new IllegalArgumentException("a GIF keeps every frame or every n-th (n >= 1), got " + frameStep);
        }
    }

    /** The GIF's size for frames {@code width} pixels wide (at least one pixel). */
    public int scaled(int size) {
        return Math.max(1, (int) Math.round(size * scale));
    }

    /** The GIF's frame rate for frames rendered at {@code fps}. */
    public double fps(double fps) {
        return fps / frameStep;
    }
}
