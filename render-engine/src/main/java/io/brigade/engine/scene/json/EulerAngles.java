package io.brigade.engine.scene.json;

import io.brigade.engine.math.Quat;
import io.brigade.engine.math.Vec3;

/**
 * Euler angles for saving a rotation. Many triples give the same rotation ({@code x + 180,
 * 180 - y, z + 180}, any angle plus 360, and a whole family when y is +-90); this picks the one
 * nearest the previous keyframe's angles, so a turntable keyed at 0, 90, ..., 360 degrees is saved
 * as written rather than as 0, 90, 180, -90, 0. The order is that of {@link Quat#fromEulerDegrees}.
 */
final class EulerAngles {

    /** Below this cos(y) the X and Z rotations share an axis and only their sum or difference counts. */
    private static final double GIMBAL_LOCK_COS = 1e-9;

    private EulerAngles() {
    }

    /** Degrees for {@code q} near {@code reference}, with the fewest decimals that give back exactly {@code q}. */
    static Vec3 nearest(Quat q, Vec3 reference) {
        Vec3 degrees = nearestUnrounded(q.normalize(), reference);
        return Decimals.shortest(degrees, e -> Quat.fromEulerDegrees(e.x(), e.y(), e.z()).equals(q));
    }

    private static Vec3 nearestUnrounded(Quat q, Vec3 reference) {
        double x = q.x(), y = q.y(), z = q.z(), w = q.w();
        // entries of the rotation matrix Rz * Ry * Rx
        double r00 = 1 - 2 * (y * y + z * z);
        double r10 = 2 * (x * y + w * z);
        double r20 = 2 * (x * z - w * y);
        double r21 = 2 * (y * z + w * x);
        double r22 = 1 - 2 * (x * x + y * y);
        double r01 = 2 * (x * y - w * z);
        double r02 = 2 * (x * z + w * y);
        double cosY = Math.hypot(r00, r10);
        double angleY = Math.toDegrees(Math.atan2(-r20, cosY));
        if (cosY < GIMBAL_LOCK_COS) {
            double angleX = reference.x(); // free: keep X as it was and put the rest into Z
            double angleZ = -r20 > 0
                    ? angleX - Math.toDegrees(Math.atan2(r01, r02))    // y = +90: only x - z counts
                    : Math.toDegrees(Math.atan2(-r01, -r02)) - angleX; // y = -90: only x + z counts
            return near(new Vec3(angleX, angleY, angleZ), reference);
        }
        double angleX = Math.toDegrees(Math.atan2(r21, r22));
        double angleZ = Math.toDegrees(Math.atan2(r10, r00));
        Vec3 first = near(new Vec3(angleX, angleY, angleZ), reference);
        Vec3 second = near(new Vec3(angleX + 180, 180 - angleY, angleZ + 180), reference);
        return distance(second, reference) < distance(first, reference) ? second : first;
    }

    /** Each angle moved by whole turns to lie within 180 degrees of the reference. */
    private static Vec3 near(Vec3 angles, Vec3 reference) {
        return new Vec3(near(angles.x(), reference.x()), near(angles.y(), reference.y()), near(angles.z(), reference.z()));
    }

    private static double near(double angle, double reference) {
        return angle + 360 * Math.rint((reference - angle) / 360);
    }

    private static double distance(Vec3 a, Vec3 b) {
        return Math.abs(a.x() - b.x()) + Math.abs(a.y() - b.y()) + Math.abs(a.z() - b.z());
    }
}
