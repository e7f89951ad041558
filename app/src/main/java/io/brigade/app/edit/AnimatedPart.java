package io.brigade.app.edit;

import io.brigade.engine.animation.Track;
import io.brigade.engine.camera.Camera;
import io.brigade.engine.scene.Scene;
import io.brigade.engine.scene.Transform;
import io.brigade.engine.shading.Light;
import java.util.Objects;

/**
 * A part of a scene that moves along a keyframe track: the camera, a light (by its index in
 * {@link Scene#lights()}) or an object's placement (by its index in {@link Scene#objects()}).
 *
 * @param <T> the animated value
 */
public sealed interface AnimatedPart<T> {

    /** The part's track in {@code scene}. */
    Track<T> track(Scene scene);

    /** {@code scene} with the part moving along {@code track} instead. */
    Scene withTrack(Scene scene, Track<T> track);

    /** What the user calls it, such as "teapot" or "Camera". */
    String name(Scene scene);

    /** True when the part is in {@code scene}, as the selection that names it may outlive it. */
    boolean isIn(Scene scene);

    /** The scene's camera. */
    record CameraPart() implements AnimatedPart<Camera> {
        @Override
        public Track<Camera> track(Scene scene) {
            return scene.camera();
        }

        @Override
        public Scene withTrack(Scene scene, Track<Camera> track) {
            return scene.withCamera(Objects.requireNonNull(track, "track"));
        }

        @Override
        public String name(Scene scene) {
            return "Camera";
        }

        @Override
        public boolean isIn(Scene scene) {
            return true;
        }
    }

    /** The light at {@code index}. */
    record LightPart(int index) implements AnimatedPart<Light> {
        @Override
        public Track<Light> track(Scene scene) {
            return scene.lights().get(index).light();
        }

        @Override
        public Scene withTrack(Scene scene, Track<Light> track) {
            return scene.withLight(index, scene.lights().get(index).withLight(track));
        }

        @Override
        public String name(Scene scene) {
            return scene.lights().get(index).name();
        }

        @Override
        public boolean isIn(Scene scene) {
            return index >= 0 && index < scene.lights().size();
        }
    }

    /** The placement of the object at {@code index}. */
    record ObjectPart(int index) implements AnimatedPart<Transform> {
        @Override
        public Track<Transform> track(Scene scene) {
            return scene.objects().get(index).transform();
        }

        @Override
        public Scene withTrack(Scene scene, Track<Transform> track) {
            return scene.withObject(index, scene.objects().get(index).withTransform(track));
        }

        @Override
        public String name(Scene scene) {
            return scene.objects().get(index).name();
        }

        @Override
        public boolean isIn(Scene scene) {
            return index >= 0 && index < scene.objects().size();
        }
    }
}
