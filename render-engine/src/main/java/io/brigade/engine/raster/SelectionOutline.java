package io.brigade.engine.raster;

/**
 * Paints the rim of one object's visible region over a frame, the way editors mark their selection. The
 * region is where the object, drawn alone, reaches exactly the frame's depth: there it is the surface seen.
 */
final class SelectionOutline {

    /** The wireframe overlay's warm orange, opaque. */
    static final int COLOR = 0xffffc759;
    /** The rim's width in output pixels: one pixel is lost against a busy background. */
    static final int RIM_PIXELS = 2;

    private SelectionOutline() {
    }

    /**
     * Paints {@link #COLOR} on every sample of the object's visible region that lies within {@link #RIM_PIXELS}
     * pixels (along a row or column) of a sample outside it; the rectangle's own border is no rim.
     *
     * @param frame  the whole scene's samples, painted in place
     * @param object the same rectangle with only the object drawn
     */
    static void paint(SampleBuffer frame, SampleBuffer object, int samplesPerPixel) {
        int thickness = RIM_PIXELS * samplesPerPixel;
        int width = frame.width;
        int height = frame.height;
        boolean[] visible = new boolean[width * height];
        for (int i = 0; i < visible.length; i++) {
            float depth = object.depth[i];
            visible[i] = depth < SampleBuffer.FAR_DEPTH && depth == frame.depth[i];
        }
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (visible[y * width + x] && nearRim(visible, width, height, x, y, thickness)) {
                    frame.color[y * width + x] = COLOR;
                }
            }
        }
    }

    private static boolean nearRim(boolean[] visible, int width, int height, int x, int y, int thickness) {
        for (int step = 1; step <= thickness; step++) {
            if (outside(visible, width, height, x - step, y) || outside(visible, width, height, x + step, y)
                    || outside(visible, width, height, x, y - step) || outside(visible, width, height, x, y + step)) {
                return true;
            }
        }
        return false;
    }

    /** True for a sample of the rectangle that is not in the region; samples beyond the rectangle count as in. */
    private static boolean outside(boolean[] visible, int width, int height, int x, int y) {
        return x >= 0 && y >= 0 && x < width && y < height && !visible[y * width + x];
    }
}
