package io.brigade.engine.raster;

/** A rectangle of output pixels, {@code x0 <= x < x1}, {@code y0 <= y < y1}. */
public record Region(int x0, int y0, int x1, int y1) {

    public Region {
        if (x0 < 0 || y0 < 0 || x1 <= x0 || y1 <= y0) {
            throw new IllegalArgumentException("empty or negative region " + x0 + "," + y0 + " - " + x1 + "," + y1);
        }
    }

    public static Region full(int width, int height) {
        return new Region(0, 0, width, height);
    }

    public int width() {
        return x1 - x0;
    }

    public int height() {
        return y1 - y0;
    }

    public long pixelCount() {
        return (long) width() * height();
    }

    public boolean fitsIn(int width, int height) {
        return x1 <= width && y1 <= height;
    }
}
