package io.brigade.engine.geometry.primitive;

import io.brigade.engine.geometry.Mesh;

/**
 * Newell's teapot tessellated patch by patch: every patch is a grid of {@code (n + 1) x (n + 1)}
 * vertices with its own 0..1 UV square, so vertices along patch borders are repeated, not welded.
 *
 * <p>The data is Z up; this turns it Y up with (x, y, z) -> (x, z, -y), a rotation, so the spout
 * points to +X, the handle to -X and the teapot is mirror-symmetric in Z. It is scaled by one half
 * (the body's widest radius becomes 1) and lowered to put the middle of its height at y = 0.
 *
 * <p>Within a patch, vertex (i, j) lies at parameters u = i / n along the control rows and
 * v = j / n along the columns; the patches are oriented so that dP/dv x dP/du points out. The knob
 * and the bottom patches collapse their first control row to a point (a pole), where dP/dv vanishes:
 * the normal there is taken a little way into the patch, and each pole cell keeps only its one
 * non-degenerate triangle.
 */
final class TeapotMesh {

    private static final double SCALE = 0.5;
    private static final double MID_HEIGHT = (NewellTeapot.MIN_Z + NewellTeapot.MAX_Z) / 2;

    /** Below this sine of the angle between dP/du and dP/dv the normal is taken from nearby instead. */
    private static final double DEGENERATE_SINE = 1e-9;

    private TeapotMesh() {
    }

    static long vertexCount(int n) {
        return NewellTeapot.PATCH_COUNT * (long) (n + 1) * (n + 1);
    }

    static long triangleCount(int n) {
        long count = 0;
        for (int patch = 0; patch < NewellTeapot.PATCH_COUNT; patch++) {
            count += 2L * n * n - (hasPole(controlNet(patch)) ? n : 0);
        }
        return count;
    }

    static Mesh build(int n) {
        MeshWriter out = new MeshWriter(vertexCount(n), triangleCount(n));
        double[] sample = new double[6];
        double[] weights = new double[16];
        for (int patch = 0; patch < NewellTeapot.PATCH_COUNT; patch++) {
            double[] net = controlNet(patch);
            int first = -1;
            for (int i = 0; i <= n; i++) {
                for (int j = 0; j <= n; j++) {
                    double u = (double) i / n, v = (double) j / n;
                    evaluate(net, u, v, weights, sample);
                    int vertex = out.vertex(sample[0], sample[1], sample[2], sample[3], sample[4], sample[5], v, 1 - u);
                    first = first < 0 ? vertex : first;
                }
            }
            boolean pole = hasPole(net);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    int a = first + i * (n + 1) + j; // (i, j)
                    int b = a + n + 1;               // (i + 1, j)
                    int c = b + 1;                   // (i + 1, j + 1)
                    int d = a + 1;                   // (i, j + 1)
                    if (!(pole && i == 0)) {
                        out.triangle(a, d, c);       // a and d would be the same point at the pole
                    }
                    out.triangle(a, c, b);
                }
            }
        }
        return out.toMesh();
    }

    /** The patch's 16 control points, x y z each, row by row, already turned Y up, scaled and centred. */
    private static double[] controlNet(int patch) {
        double[] net = new double[48];
        for (int row = 0; row < 4; row++) {
            for (int column = 0; column < 4; column++) {
                int k = (row * 4 + column) * 3;
                double x = NewellTeapot.controlPoint(patch, row, column, 0);
                double y = NewellTeapot.controlPoint(patch, row, column, 1);
                double z = NewellTeapot.controlPoint(patch, row, column, 2);
                net[k] = SCALE * x;
                net[k + 1] = SCALE * (z - MID_HEIGHT);
                net[k + 2] = -SCALE * y;
            }
        }
        return net;
    }

    /** Whether the first control row is a single point repeated, as at the knob's top and the bottom's centre. */
    private static boolean hasPole(double[] net) {
        for (int k = 3; k < 12; k++) {
            if (net[k] != net[k % 3]) {
                return false;
            }
        }
        return true;
    }

    /** Writes the position (x, y, z) and an outward normal, not yet unit length, at (u, v) into {@code out[0..5]}. */
    private static void evaluate(double[] net, double u, double v, double[] weights, double[] out) {
        derivatives(net, u, v, weights, out);
        // where the derivatives cannot give a normal (a pole), step towards the patch's middle until they can
        for (double step = 1e-4; !hasNormal(out); step *= 10) {
            if (step > 0.5) {
                throw new IllegalStateException("teapot surface has no normal near u=" + u + ", v=" + v);
            }
            double px = out[0], py = out[1], pz = out[2];
            derivatives(net, u + (0.5 - u) * step, v + (0.5 - v) * step, weights, out);
            out[0] = px;
            out[1] = py;
            out[2] = pz;
        }
    }

    private static boolean hasNormal(double[] out) {
        return out[3] != 0 || out[4] != 0 || out[5] != 0;
    }

    /**
     * Writes the position and dP/dv x dP/du (not normalized) into {@code out[0..5]}; sets the cross
     * product to zero where dP/du and dP/dv are (nearly) parallel or one of them vanishes.
     */
    private static void derivatives(double[] net, double u, double v, double[] w, double[] out) {
        bernstein(u, w, 0);
        bernstein(v, w, 8);
        double px = 0, py = 0, pz = 0, ux = 0, uy = 0, uz = 0, vx = 0, vy = 0, vz = 0;
        for (int row = 0; row < 4; row++) {
            for (int column = 0; column < 4; column++) {
                int k = (row * 4 + column) * 3;
                double basis = w[row] * w[8 + column];
                px += basis * net[k];
                py += basis * net[k + 1];
                pz += basis * net[k + 2];
                // the derivatives weigh differences of neighbouring control points, so a row of equal
                // points (a pole) gives exactly zero rather than rounding noise pointing anywhere
                if (row < 3) {
                    double alongU = w[4 + row] * w[8 + column];
                    ux += alongU * (net[k + 12] - net[k]);
                    uy += alongU * (net[k + 13] - net[k + 1]);
                    uz += alongU * (net[k + 14] - net[k + 2]);
                }
                if (column < 3) {
                    double alongV = w[row] * w[12 + column];
                    vx += alongV * (net[k + 3] - net[k]);
                    vy += alongV * (net[k + 4] - net[k + 1]);
                    vz += alongV * (net[k + 5] - net[k + 2]);
                }
            }
        }
        double nx = vy * uz - vz * uy, ny = vz * ux - vx * uz, nz = vx * uy - vy * ux;
        double cross = Math.sqrt(nx * nx + ny * ny + nz * nz);
        double lengths = Math.sqrt(ux * ux + uy * uy + uz * uz) * Math.sqrt(vx * vx + vy * vy + vz * vz);
        boolean degenerate = !(cross > DEGENERATE_SINE * lengths);
        out[0] = px;
        out[1] = py;
        out[2] = pz;
        out[3] = degenerate ? 0 : nx;
        out[4] = degenerate ? 0 : ny;
        out[5] = degenerate ? 0 : nz;
    }

    /**
     * The cubic Bernstein basis at t into w[at..at+3], and into w[at+4..at+6] the quadratic basis
     * times 3, which weighs the control point differences in a cubic's derivative.
     */
    private static void bernstein(double t, double[] w, int at) {
        double s = 1 - t;
        w[at] = s * s * s;
        w[at + 1] = 3 * t * s * s;
        w[at + 2] = 3 * t * t * s;
        w[at + 3] = t * t * t;
        w[at + 4] = 3 * s * s;
        w[at + 5] = 6 * t * s;
        w[at + 6] = 3 * t * t;
    }
}
