package io.brigade.engine.scene.json;

import io.brigade.engine.math.Color;
import io.brigade.engine.scene.Background;
import io.brigade.engine.scene.RenderSettings;
import io.brigade.engine.shading.ShadingMode;

import java.util.List;

/** Reads {@code "settings"}; every field is optional and defaults to {@link RenderSettings#DEFAULT}. */
final class SettingsReader {

    static final double MAX_FPS = 1000;

    private SettingsReader() {
    }

    static RenderSettings read(JsonField settings) throws SceneFormatException {
        RenderSettings d = RenderSettings.DEFAULT;
        if (settings == null) {
            return d;
        }
        settings.expectObject(List.of("width", "height", "fps", "frames", "antiAliasing", "shading", "background", "wireframe"));
        int width = settings.has("width") ? settings.required("width").asIntBetween(1, RenderSettings.MAX_SIZE) : d.width();
        int height = settings.has("height") ? settings.required("height").asIntBetween(1, RenderSettings.MAX_SIZE) : d.height();
        double fps = settings.has("fps") ? fps(settings.required("fps")) : d.fps();
        int start = d.startFrame();
        int end = d.endFrame();
        JsonField frames = settings.optional("frames");
        if (frames != null) {
            frames.expectObject(List.of("start", "end"));
            start = frames.required("start").asIntBetween(0, Integer.MAX_VALUE);
            JsonField endField = frames.required("end");
            end = endField.asIntBetween(0, Integer.MAX_VALUE);
            if (end < start) {
                throw endField.error("must be >= start (" + start + "), got " + end);
            }
        }
        int antiAliasing = settings.has("antiAliasing")
                ? settings.required("antiAliasing").asIntBetween(1, RenderSettings.MAX_ANTI_ALIASING) : d.antiAliasing();
        ShadingMode shading = settings.has("shading")
                ? settings.required("shading").asOneOf(Names.SHADING_MODES) : d.shading();
        Background background = settings.has("background") ? background(settings.required("background")) : d.background();
        boolean wireframe = settings.has("wireframe") ? settings.required("wireframe").asBoolean() : d.wireframe();
        return new RenderSettings(width, height, fps, start, end, antiAliasing, shading, background, wireframe);
    }

    private static double fps(JsonField field) throws SceneFormatException {
        double fps = field.asDoubleAbove(0);
        if (fps > MAX_FPS) {
            throw field.error("must be <= " + (int) MAX_FPS + ", got " + field.json());
        }
        return fps;
    }

    /** One colour for a solid background, or {@code {"top": ..., "bottom": ...}} for a vertical gradient. */
    private static Background background(JsonField field) throws SceneFormatException {
        if (!field.isObject()) {
            return Background.solid(field.asColor());
        }
        field.expectObject(List.of("top", "bottom"));
        Color top = field.required("top").asColor();
        Color bottom = field.required("bottom").asColor();
        return new Background(top, bottom);
    }
}
