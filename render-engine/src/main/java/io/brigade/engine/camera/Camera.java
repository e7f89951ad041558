package io.brigade.engine.camera;

import io.brigade.engine.math.Mat4;
import io.brigade.engine.math.Vec3;

import java.util.Objects;

/** An immutable perspective camera at {@code position} looking at {@code target}. */
public record Camera(Vec3 position, Vec3 target, Vec3 up, double fovYDegrees, double near, double far) {

    public static final Camera DEFAULT = new Camera(new Vec3(0, 1.5, 5), Vec3.ZERO, Vec3.UNIT_Y, 45, 0.1, 100);

    public Camera {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(up, "up");
        if (!(fovYDegrees > 0 && fovYDegrees < 180)) {
            throw new IllegalArgumentException("fovY must be between 0 and 180 degrees, got " + fovYDegrees);
        }
        if (!(near > 0 && far > near)) {
            throw new IllegalArgumentException("need 0 < near < far, got near " + near + ", far " + far);
        }
    }

    public Mat4 viewMatrix() {
        return Mat4.lookAt(position, target, up);
    }

    public Mat4 projectionMatrix(double aspect) {
        return Mat4.perspective(fovYDegrees, aspect, near, far);
    }

    public Camera withPosition(Vec3 newPosition) {
        return new Camera(newPosition, target, up, fovYDegrees, near, far);
    }

    public Camera withTarget(Vec3 newTarget) {
        return new Camera(position, newTarget, up, fovYDegrees, near, far);
    }
}
