package io.brigade.engine.math;

/** An immutable rotation quaternion (x, y, z vector part, w scalar part). */
public record Quat(double x, double y, double z, double w) {

    public static final Quat IDENTITY = new Quat(0, 0, 0, 1);

    /** Rotation of {@code degrees} about {@code axis} (right-handed). */
    public static Quat fromAxisAngle(Vec3 axis, double degrees) {
        Vec3 n = axis.normalize();
        double half = Math.toRadians(degrees) / 2;
        double s = Math.sin(half);
        return new Quat(n.x() * s, n.y() * s, n.z() * s, Math.cos(half));
    }

    /** Euler angles in degrees, applied in the order X, then Y, then Z (so q = qz * qy * qx). */
    public static Quat fromEulerDegrees(double xDeg, double yDeg, double zDeg) {
        return fromAxisAngle(Vec3.UNIT_Z, zDeg)
                .multiply(fromAxisAngle(Vec3.UNIT_Y, yDeg))
                .multiply(fromAxisAngle(Vec3.UNIT_X, xDeg));
    }

    /** Hamilton product: the rotation {@code other} followed by this one. */
    public Quat multiply(Quat o) {
        return new Quat(
                w * o.x + x * o.w + y * o.z - z * o.y,
                w * o.y - x * o.z + y * o.w + z * o.x,
                w * o.z + x * o.y - y * o.x + z * o.w,
                w * o.w - x * o.x - y * o.y - z * o.z);
    }

    public double dot(Quat o) {
        return x * o.x + y * o.y + z * o.z + w * o.w;
    }

    public double length() {
        return Math.sqrt(dot(this));
    }

    public Quat normalize() {
        double len = length();
        return len == 0 ? IDENTITY : new Quat(x / len, y / len, z / len, w / len);
    }

    public Quat conjugate() {
        return new Quat(-x, -y, -z, w);
    }

    public Vec3 rotate(Vec3 v) {
        Quat p = new Quat(v.x(), v.y(), v.z(), 0);
        Quat r = multiply(p).multiply(conjugate());
        return new Vec3(r.x, r.y, r.z);
    }

    /** Spherical linear interpolation along the shorter arc; t in [0, 1]. */
    public Quat slerp(Quat to, double t) {
        Quat a = normalize();
        Quat b = to.normalize();
        double cos = a.dot(b);
        if (cos < 0) { // take the shorter arc: q and -q are the same rotation
            b = new Quat(-b.x, -b.y, -b.z, -b.w);
            cos = -cos;
        }
        if (cos > 0.9995) { // nearly parallel: lerp avoids dividing by a vanishing sine
            return new Quat(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t,
                    a.z + (b.z - a.z) * t, a.w + (b.w - a.w) * t).normalize();
        }
        double theta = Math.acos(cos);
        double sin = Math.sin(theta);
        double wa = Math.sin((1 - t) * theta) / sin;
        double wb = Math.sin(t * theta) / sin;
        return new Quat(a.x * wa + b.x * wb, a.y * wa + b.y * wb, a.z * wa + b.z * wb, a.w * wa + b.w * wb);
    }

    public Mat4 toMatrix() {
        Quat q = normalize();
        double xx = q.x * q.x, yy = q.y * q.y, zz = q.z * q.z;
        double xy = q.x * q.y, xz = q.x * q.z, yz = q.y * q.z;
        double wx = q.w * q.x, wy = q.w * q.y, wz = q.w * q.z;
        return Mat4.of(
                1 - 2 * (yy + zz), 2 * (xy - wz), 2 * (xz + wy), 0,
                2 * (xy + wz), 1 - 2 * (xx + zz), 2 * (yz - wx), 0,
                2 * (xz - wy), 2 * (yz + wx), 1 - 2 * (xx + yy), 0,
                0, 0, 0, 1);
    }

    /** Euler angles in degrees (X, Y, Z order as in {@link #fromEulerDegrees}). */
    public Vec3 toEulerDegrees() {
        Quat q = normalize();
        double sinY = 2 * (q.w * q.y - q.z * q.x);
        double yRad = Math.abs(sinY) >= 1 ? Math.copySign(Math.PI / 2, sinY) : Math.asin(sinY);
        double xRad = Math.atan2(2 * (q.w * q.x + q.y * q.z), 1 - 2 * (q.x * q.x + q.y * q.y));
        double zRad = Math.atan2(2 * (q.w * q.z + q.x * q.y), 1 - 2 * (q.y * q.y + q.z * q.z));
        return new Vec3(Math.toDegrees(xRad), Math.toDegrees(yRad), Math.toDegrees(zRad));
    }
}
