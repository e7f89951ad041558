package io.brigade.engine.scene;

import io.brigade.engine.camera.Camera;
import io.brigade.engine.math.Color;
import io.brigade.engine.shading.Light;

import java.util.List;
import java.util.Objects;

/**
 * A scene evaluated at one frame: every animation resolved to a value. This is all the renderer reads.
 */
public record FramePose(int frame, Camera camera, List<Light> lights, Color ambient, List<DrawItem> items) {
    public FramePose {
        Objects.requireNonNull(camera, "camera");
        Objects.requireNonNull(ambient, "ambient");
        lights = List.copyOf(lights);
        items = List.copyOf(items);
    }

    /** This pose seen through {@code other}, as an editor's view looks around a frame without changing it. */
    public FramePose withCamera(Camera other) {
        return new FramePose(frame, other, lights, ambient, items);
    }

    public int triangleCount() {
        return items.stream().mapToInt(i -> i.model().triangleCount()).sum();
    }
}
