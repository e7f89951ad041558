package io.brigade.app.edit;

import io.brigade.engine.animation.Keyframe;
import io.brigade.engine.animation.Track;
import io.brigade.engine.camera.Camera;
import io.brigade.engine.scene.Scene;
import java.util.Objects;

/** The changes the editor makes to a scene's camera, as pure functions from one immutable scene to the next. */
public final class CameraEdits {

    private CameraEdits() {
    }

    /**
     * The scene seen through {@code camera} at {@code seconds}: a camera that does not move becomes
     * {@code camera} throughout; an animated one gets a key there (the key already at that time takes the
     * new value and keeps its easing), so its other keys still hold.
     */
    public static Scene withCameraAt(Scene scene, double seconds, Camera camera) {
        Objects.requireNonNull(camera, "camera");
        Track<Camera> track = scene.camera();
        Keyframe<Camera> key = track.isConstant()
                ? track.keys().get(0).withValue(camera)
                : track.keys().stream().filter(k -> k.time() == seconds).findFirst()
                        .map(existing -> existing.withValue(camera))
                        .orElseGet(() -> Keyframe.of(seconds, camera));
        return scene.withCamera(track.isConstant() ? Track.of(track.interpolator(), key) : track.withKey(key));
    }
}
