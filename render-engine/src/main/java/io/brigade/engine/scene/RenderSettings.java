package io.brigade.engine.scene;

import io.brigade.engine.math.Color;
import io.brigade.engine.shading.ShadingMode;

import java.util.Objects;

/**
 * How a scene is rendered: output size, frame rate, the inclusive frame range, supersampling factor
 * per axis (1..4), shading, background and an optional wireframe overlay.
 */
public record RenderSettings(int width, int height, double fps, int startFrame, int endFrame,
                             int antiAliasing, ShadingMode shading, Background background, boolean wireframe) {

    public static final int MAX_SIZE = 16384;
    public static final int MAX_ANTI_ALIASING = 4;

    public static final RenderSettings DEFAULT = new RenderSettings(640, 360, 24, 0, 47, 1, ShadingMode.PHONG,
            new Background(new Color(0.18, 0.2, 0.26), new Color(0.05, 0.05, 0.07)), false);

    public RenderSettings {
        Objects.requireNonNull(shading, "shading");
        Objects.requireNonNull(background, "background");
        check(width >= 1 && width <= MAX_SIZE, "width must be between 1 and " + MAX_SIZE + ", got " + width);
        check(height >= 1 && height <= MAX_SIZE, "height must be between 1 and " + MAX_SIZE + ", got " + height);
        check(fps > 0 && fps <= 1000, "fps must be > 0 and <= 1000, got " + fps);
        check(startFrame >= 0, "startFrame must be >= 0, got " + startFrame);
        check(endFrame >= startFrame, "endFrame must be >= startFrame (" + startFrame + "), got " + endFrame);
        check(antiAliasing >= 1 && antiAliasing <= MAX_ANTI_ALIASING,
                "antiAliasing must be between 1 and " + MAX_ANTI_ALIASING + ", got " + antiAliasing);
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    public int frameCount() {
        return endFrame - startFrame + 1;
    }

    public double aspect() {
        return (double) width / height;
    }

    public RenderSettings withSize(int newWidth, int newHeight) {
        return new RenderSettings(newWidth, newHeight, fps, startFrame, endFrame, antiAliasing, shading, background, wireframe);
    }

    public RenderSettings withFrames(int newStart, int newEnd) {
        return new RenderSettings(width, height, fps, newStart, newEnd, antiAliasing, shading, background, wireframe);
    }

    public RenderSettings withAntiAliasing(int factor) {
        return new RenderSettings(width, height, fps, startFrame, endFrame, factor, shading, background, wireframe);
    }

    public RenderSettings withShading(ShadingMode mode) {
        return new RenderSettings(width, height, fps, startFrame, endFrame, antiAliasing, mode, background, wireframe);
    }

    public RenderSettings withWireframe(boolean on) {
        return new RenderSettings(width, height, fps, startFrame, endFrame, antiAliasing, shading, background, on);
    }

    public RenderSettings withBackground(Background newBackground) {
        return new RenderSettings(width, height, fps, startFrame, endFrame, antiAliasing, shading, newBackground, wireframe);
    }
}
