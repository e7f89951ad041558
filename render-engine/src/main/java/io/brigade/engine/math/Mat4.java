package io.brigade.engine.math;

import java.util.Arrays;

/**
 * An immutable 4x4 matrix of doubles, row-major, acting on column vectors ({@code M * v}).
 * So {@code a.multiply(b)} applies {@code b} first, then {@code a}.
 */
public final class Mat4 {

    public static final Mat4 IDENTITY = of(
            1, 0, 0, 0,
            0, 1, 0, 0,
            0, 0, 1, 0,
            0, 0, 0, 1);

    private final double[] m;

    private Mat4(double[] m) {
        this.m = m;
    }

    /** Elements in row-major order. */
    public static Mat4 of(double... rowMajor) {
        if (rowMajor.length != 16) {
            throw new IllegalArgumentException("a 4x4 matrix needs 16 elements, got " + rowMajor.length);
        }
        return new Mat4(rowMajor.clone());
    }

    public static Mat4 translation(Vec3 t) {
        return of(
                1, 0, 0, t.x(),
                0, 1, 0, t.y(),
                0, 0, 1, t.z(),
                0, 0, 0, 1);
    }

    public static Mat4 scale(Vec3 s) {
        return of(
                s.x(), 0, 0, 0,
                0, s.y(), 0, 0,
                0, 0, s.z(), 0,
                0, 0, 0, 1);
    }

    public static Mat4 rotation(Quat q) {
        return q.toMatrix();
    }

    /** Translation * rotation * scale: scale first, then rotate, then move. */
    public static Mat4 trs(Vec3 translation, Quat rotation, Vec3 scale) {
        return translation(translation).multiply(rotation.toMatrix()).multiply(scale(scale));
    }

    /** A right-handed view matrix: the camera at {@code eye} looks at {@code target} down its -Z axis. */
    public static Mat4 lookAt(Vec3 eye, Vec3 target, Vec3 up) {
        Vec3 forward = target.minus(eye).normalize();
        Vec3 right = forward.cross(up).normalize();
        if (right.length() == 0) { // up parallel to the view direction: pick any perpendicular
            right = forward.cross(Math.abs(forward.x()) < 0.9 ? Vec3.UNIT_X : Vec3.UNIT_Y).normalize();
        }
        Vec3 trueUp = right.cross(forward);
        return of(
                right.x(), right.y(), right.z(), -right.dot(eye),
                trueUp.x(), trueUp.y(), trueUp.z(), -trueUp.dot(eye),
                -forward.x(), -forward.y(), -forward.z(), forward.dot(eye),
                0, 0, 0, 1);
    }

    /**
     * OpenGL-style perspective projection: eye space (looking down -Z) to clip space, where
     * the visible volume is -w <= x, y, z <= w and z = -w on the near plane.
     */
    public static Mat4 perspective(double fovYDegrees, double aspect, double near, double far) {
        double f = 1.0 / Math.tan(Math.toRadians(fovYDegrees) / 2);
        return of(
                f / aspect, 0, 0, 0,
                0, f, 0, 0,
                0, 0, (far + near) / (near - far), 2 * far * near / (near - far),
                0, 0, -1, 0);
    }

    public double get(int row, int col) {
        return m[row * 4 + col];
    }

    /** A copy of the elements in row-major order. */
    public double[] toArray() {
        return m.clone();
    }

    /** Copies the elements, row-major, into {@code out} at {@code offset} as floats. */
    public void copyTo(float[] out, int offset) {
        for (int i = 0; i < 16; i++) {
            out[offset + i] = (float) m[i];
        }
    }

    public Mat4 multiply(Mat4 o) {
        double[] r = new double[16];
        for (int row = 0; row < 4; row++) {
            for (int col = 0; col < 4; col++) {
                double sum = 0;
                for (int k = 0; k < 4; k++) {
                    sum += m[row * 4 + k] * o.m[k * 4 + col];
                }
                r[row * 4 + col] = sum;
            }
        }
        return new Mat4(r);
    }

    public Vec3 transformPoint(Vec3 p) {
        double x = m[0] * p.x() + m[1] * p.y() + m[2] * p.z() + m[3];
        double y = m[4] * p.x() + m[5] * p.y() + m[6] * p.z() + m[7];
        double z = m[8] * p.x() + m[9] * p.y() + m[10] * p.z() + m[11];
        double w = m[12] * p.x() + m[13] * p.y() + m[14] * p.z() + m[15];
        return w == 1 || w == 0 ? new Vec3(x, y, z) : new Vec3(x / w, y / w, z / w);
    }

    /** Transforms a direction (w = 0): translation does not apply. */
    public Vec3 transformDirection(Vec3 d) {
        return new Vec3(
                m[0] * d.x() + m[1] * d.y() + m[2] * d.z(),
                m[4] * d.x() + m[5] * d.y() + m[6] * d.z(),
                m[8] * d.x() + m[9] * d.y() + m[10] * d.z());
    }

    public Mat4 transpose() {
        double[] r = new double[16];
        for (int row = 0; row < 4; row++) {
            for (int col = 0; col < 4; col++) {
                r[col * 4 + row] = m[row * 4 + col];
            }
        }
        return new Mat4(r);
    }

    /** The inverse by cofactor expansion; throws if the matrix is singular. */
    public Mat4 inverse() {
        double[] inv = new double[16];
        inv[0] = m[5] * m[10] * m[15] - m[5] * m[11] * m[14] - m[9] * m[6] * m[15]
                + m[9] * m[7] * m[14] + m[13] * m[6] * m[11] - m[13] * m[7] * m[10];
        inv[4] = -m[4] * m[10] * m[15] + m[4] * m[11] * m[14] + m[8] * m[6] * m[15]
                - m[8] * m[7] * m[14] - m[12] * m[6] * m[11] + m[12] * m[7] * m[10];
        inv[8] = m[4] * m[9] * m[15] - m[4] * m[11] * m[13] - m[8] * m[5] * m[15]
                + m[8] * m[7] * m[13] + m[12] * m[5] * m[11] - m[12] * m[7] * m[9];
        inv[12] = -m[4] * m[9] * m[14] + m[4] * m[10] * m[13] + m[8] * m[5] * m[14]
                - m[8] * m[6] * m[13] - m[12] * m[5] * m[10] + m[12] * m[6] * m[9];
        inv[1] = -m[1] * m[10] * m[15] + m[1] * m[11] * m[14] + m[9] * m[2] * m[15]
                - m[9] * m[3] * m[14] - m[13] * m[2] * m[11] + m[13] * m[3] * m[10];
        inv[5] = m[0] * m[10] * m[15] - m[0] * m[11] * m[14] - m[8] * m[2] * m[15]
                + m[8] * m[3] * m[14] + m[12] * m[2] * m[11] - m[12] * m[3] * m[10];
        inv[9] = -m[0] * m[9] * m[15] + m[0] * m[11] * m[13] + m[8] * m[1] * m[15]
                - m[8] * m[3] * m[13] - m[12] * m[1] * m[11] + m[12] * m[3] * m[9];
        inv[13] = m[0] * m[9] * m[14] - m[0] * m[10] * m[13] - m[8] * m[1] * m[14]
                + m[8] * m[2] * m[13] + m[12] * m[1] * m[10] - m[12] * m[2] * m[9];
        inv[2] = m[1] * m[6] * m[15] - m[1] * m[7] * m[14] - m[5] * m[2] * m[15]
                + m[5] * m[3] * m[14] + m[13] * m[2] * m[7] - m[13] * m[3] * m[6];
        inv[6] = -m[0] * m[6] * m[15] + m[0] * m[7] * m[14] + m[4] * m[2] * m[15]
                - m[4] * m[3] * m[14] - m[12] * m[2] * m[7] + m[12] * m[3] * m[6];
        inv[10] = m[0] * m[5] * m[15] - m[0] * m[7] * m[13] - m[4] * m[1] * m[15]
                + m[4] * m[3] * m[13] + m[12] * m[1] * m[7] - m[12] * m[3] * m[5];
        inv[14] = -m[0] * m[5] * m[14] + m[0] * m[6] * m[13] + m[4] * m[1] * m[14]
                - m[4] * m[2] * m[13] - m[12] * m[1] * m[6] + m[12] * m[2] * m[5];
        inv[3] = -m[1] * m[6] * m[11] + m[1] * m[7] * m[10] + m[5] * m[2] * m[11]
                - m[5] * m[3] * m[10] - m[9] * m[2] * m[7] + m[9] * m[3] * m[6];
        inv[7] = m[0] * m[6] * m[11] - m[0] * m[7] * m[10] - m[4] * m[2] * m[11]
                + m[4] * m[3] * m[10] + m[8] * m[2] * m[7] - m[8] * m[3] * m[6];
        inv[11] = -m[0] * m[5] * m[11] + m[0] * m[7] * m[9] + m[4] * m[1] * m[11]
                - m[4] * m[3] * m[9] - m[8] * m[1] * m[7] + m[8] * m[3] * m[5];
        inv[15] = m[0] * m[5] * m[10] - m[0] * m[6] * m[9] - m[4] * m[1] * m[10]
                + m[4] * m[2] * m[9] + m[8] * m[1] * m[6] - m[8] * m[2] * m[5];
        double det = m[0] * inv[0] + m[1] * inv[4] + m[2] * inv[8] + m[3] * inv[12];
        if (det == 0 || !Double.isFinite(det)) {
            throw new ArithmeticException("matrix is singular and has no inverse");
        }
        for (int i = 0; i < 16; i++) {
            inv[i] /= det;
        }
        return new Mat4(inv);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Mat4 other && Arrays.equals(m, other.m);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(m);
    }

    @Override
    public String toString() {
        return "Mat4" + Arrays.toString(m);
    }
}
