package io.brigade.engine.scene.json;

import io.brigade.engine.animation.Interpolators;
import io.brigade.engine.animation.Track;
import io.brigade.engine.camera.Camera;
import io.brigade.engine.math.Color;
import io.brigade.engine.math.Quat;
import io.brigade.engine.math.Vec3;
import io.brigade.engine.scene.SceneLimits;
import io.brigade.engine.scene.Transform;
import io.brigade.engine.shading.DirectionalLight;
import io.brigade.engine.shading.Light;
import io.brigade.engine.shading.PointLight;

import java.util.List;

/** Reads the animatable values of a scene file: transforms, cameras and lights. */
final class ValueReaders {

    static final List<String> TRANSFORM_FIELDS = List.of("translation", "rotation", "scale");
    static final List<String> CAMERA_FIELDS = List.of("position", "target", "up", "fov", "near", "far");
    static final List<String> LIGHT_FIELDS = List.of("type", "direction", "position", "color", "intensity", "range");

    static final double DEFAULT_POINT_RANGE = 10;

    private ValueReaders() {
    }

    /** Translation, rotation as Euler degrees (X, then Y, then Z) and scale, each defaulting to no change. */
    static Transform transform(KeyFields f) throws SceneFormatException {
        JsonField translation = f.find("translation");
        JsonField rotation = f.find("rotation");
        JsonField scale = f.find("scale");
        Vec3 euler = rotation == null ? Vec3.ZERO : rotation.asVec3();
        return new Transform(
                translation == null ? Vec3.ZERO : translation.asVec3(),
                rotation == null ? Quat.IDENTITY : Quat.fromEulerDegrees(euler.x(), euler.y(), euler.z()),
                scale == null ? Vec3.ONE : scale(scale));
    }

    /** A scale is {@code [x, y, z]} or one number for all three axes; none may be 0 (nothing would show). */
    private static Vec3 scale(JsonField field) throws SceneFormatException {
        if (field.isArray()) {
            Vec3 scale = field.asVec3();
            if (scale.x() == 0 || scale.y() == 0 || scale.z() == 0) {
                throw field.error("must not be 0 on any axis (the object would vanish), got " + field.json());
            }
            return scale;
        }
        double uniform = field.asDouble();
        String problem = SceneLimits.scaleProblem(uniform);
        if (problem != null) {
            throw field.error(problem);
        }
        return new Vec3(uniform, uniform, uniform);
    }

    static Camera camera(KeyFields f) throws SceneFormatException {
        Vec3 position = f.required("position").asVec3();
        Vec3 target = vec3(f, "target", Camera.DEFAULT.target());
        if (target.equals(position)) {
            throw errorAt(f, "target", "must differ from the camera position");
        }
        Vec3 up = vec3(f, "up", Camera.DEFAULT.up());
        if (up.length() == 0) {
            throw errorAt(f, "up", "must not be the zero vector");
        }
        double fov = Camera.DEFAULT.fovYDegrees();
        JsonField fovField = f.find("fov");
        if (fovField != null) {
            fov = fovField.asDoubleAbove(0);
            if (fov >= 180) {
                throw fovField.error("must be < 180, got " + fovField.json());
            }
        }
        JsonField nearField = f.find("near");
        double near = nearField == null ? Camera.DEFAULT.near() : nearField.asDoubleAbove(0);
        JsonField farField = f.find("far");
        double far = farField == null ? Camera.DEFAULT.far() : farField.asDouble();
        if (far <= near) {
            throw errorAt(f, "far", "must be greater than near (" + (nearField == null ? near : nearField.json())
                    + "), got " + (farField == null ? far : farField.json()));
        }
        return new Camera(position, target, up, fov, near, far);
    }

    static Light light(KeyFields f) throws SceneFormatException {
        String type = f.required("type").asOneOf(Names.LIGHT_TYPES);
        Color color = f.find("color") == null ? Color.WHITE : f.find("color").asColor();
        double intensity = f.find("intensity") == null ? 1 : f.find("intensity").asDoubleAtLeast(0);
        if (type.equals(Names.DIRECTIONAL)) {
            f.rejectOwn("position", "a directional light has no position");
            f.rejectOwn("range", "a directional light has no range");
            JsonField directionField = f.required("direction");
            Vec3 direction = directionField.asVec3();
            if (direction.length() == 0) {
                throw directionField.error("must not be the zero vector");
            }
            return new DirectionalLight(direction, color, intensity);
        }
        f.rejectOwn("direction", "a point light has no direction");
        JsonField range = f.find("range");
        return new PointLight(f.required("position").asVec3(), color, intensity,
                range == null ? DEFAULT_POINT_RANGE : range.asDoubleAbove(0));
    }

    /**
     * Fields written once on an animated light must be used by some keyframe: a range shared by
     * keyframes that are all directional is a mistake.
     */
    private static void checkSharedLightFields(JsonField owner, Track<Light> track) throws SceneFormatException {
        boolean anyPoint = track.keys().stream().anyMatch(k -> k.value() instanceof PointLight);
        boolean anyDirectional = track.keys().stream().anyMatch(k -> k.value() instanceof DirectionalLight);
        if (!anyPoint) {
            rejectShared(owner, "position", "a directional light has no position");
            rejectShared(owner, "range", "a directional light has no range");
        }
        if (!anyDirectional) {
            rejectShared(owner, "direction", "a point light has no direction");
        }
    }

    private static void rejectShared(JsonField owner, String name, String problem) throws SceneFormatException {
        if (owner.has(name)) {
            throw owner.errorAt(name, problem);
        }
    }

    static Track<Transform> transformTrack(JsonField owner) throws SceneFormatException {
        return TrackReader.read(owner, TRANSFORM_FIELDS, Transform.INTERPOLATOR, ValueReaders::transform);
    }

    static Track<Camera> cameraTrack(JsonField owner) throws SceneFormatException {
        return TrackReader.read(owner, CAMERA_FIELDS, Interpolators.CAMERA, ValueReaders::camera);
    }

    static Track<Light> lightTrack(JsonField owner) throws SceneFormatException {
        Track<Light> track = TrackReader.read(owner, LIGHT_FIELDS, Interpolators.LIGHT, ValueReaders::light);
        checkSharedLightFields(owner, track);
        return track;
    }

    private static Vec3 vec3(KeyFields f, String name, Vec3 fallback) throws SceneFormatException {
        JsonField field = f.find(name);
        return field == null ? fallback : field.asVec3();
    }

    /** A complaint about a field where it is written, else where it would go in the innermost layer. */
    private static SceneFormatException errorAt(KeyFields f, String name, String problem) {
        JsonField field = f.find(name);
        return field != null ? field.error(problem) : f.innermost().errorAt(name, problem);
    }
}
