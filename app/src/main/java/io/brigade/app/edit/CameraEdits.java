package io.brigade.app.edit;

import io.brigade.engine.camera.Camera;
import io.brigade.engine.scene.Scene;

/** The changes the editor makes to a scene's camera, as pure functions from one immutable scene to the next. */
public final class CameraEdits {

    private static final AnimatedPart<Camera> CAMERA = new AnimatedPart.CameraPart();

    private CameraEdits() {
    }

    /**
     * The scene seen through {@code camera} at {@code seconds}: a camera that does not move becomes
     * {@code camera} throughout; an animated one gets a key there (the key already at that time takes the
     * new value and keeps its easing), so its other keys still hold. A camera key is set as any other part's
     * ({@link KeyframeEdits#withValueAt(Scene, AnimatedPart, double, Object)}).
     */
    public static Scene withCameraAt(Scene scene, double seconds, Camera camera) {
        return KeyframeEdits.withValueAt(scene, CAMERA, seconds, camera);
    }
}
