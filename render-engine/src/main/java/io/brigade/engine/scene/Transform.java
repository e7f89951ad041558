package io.brigade.engine.scene;

import io.brigade.engine.animation.Interpolator;
import io.brigade.engine.math.Mat4;
import io.brigade.engine.math.Quat;
import io.brigade.engine.math.Vec3;

import java.util.Objects;

/** Where an object sits relative to its parent: scaled first, then rotated, then moved. */
public record Transform(Vec3 translation, Quat rotation, Vec3 scale) {

    public static final Transform IDENTITY = new Transform(Vec3.ZERO, Quat.IDENTITY, Vec3.ONE);

    /** Translation and scale move linearly; the rotation turns at constant speed along the shorter arc. */
    public static final Interpolator<Transform> INTERPOLATOR = Transform::interpolate;

    public Transform {
        Objects.requireNonNull(translation, "translation");
        Objects.requireNonNull(rotation, "rotation");
        Objects.requireNonNull(scale, "scale");
        if (!translation.isFinite() || !scale.isFinite() || !isFinite(rotation)) {
            throw new IllegalArgumentException("transform components must be finite: " + translation + ", "
                    + rotation + ", " + scale);
        }
    }

    public static Transform translation(Vec3 translation) {
        return IDENTITY.withTranslation(translation);
    }

    /** Rotation given as Euler angles in degrees (X, then Y, then Z), as scene files write it. */
    public static Transform of(Vec3 translation, Vec3 eulerDegrees, Vec3 scale) {
        return new Transform(translation, Quat.fromEulerDegrees(eulerDegrees.x(), eulerDegrees.y(), eulerDegrees.z()), scale);
    }

    /** The model matrix: {@code Mat4.trs(translation, rotation, scale)}. */
    public Mat4 toMatrix() {
        return Mat4.trs(translation, rotation, scale);
    }

    public Transform interpolate(Transform to, double t) {
        return new Transform(translation.lerp(to.translation, t), rotation.slerp(to.rotation, t), scale.lerp(to.scale, t));
    }

    public Transform withTranslation(Vec3 newTranslation) {
        return new Transform(newTranslation, rotation, scale);
    }

    public Transform withRotation(Quat newRotation) {
        return new Transform(translation, newRotation, scale);
    }

    public Transform withScale(Vec3 newScale) {
        return new Transform(translation, rotation, newScale);
    }

    private static boolean isFinite(Quat q) {
        return Double.isFinite(q.x()) && Double.isFinite(q.y()) && Double.isFinite(q.z()) && Double.isFinite(q.w());
    }
}
