package io.brigade.engine.geometry.primitive;

import io.brigade.engine.geometry.Mesh;

/** An axis-aligned cube: four vertices of its own per face, so each face has a flat normal and a full 0..1 UV square. */
final class CubeMesh {

    /**
     * Per face: the outward normal, then the direction that is "up" in the face's texture (v grows
     * along it). Side faces are upright; the top face reads with -Z up, the bottom with +Z up, as if
     * the cube were unfolded around its front.
     */
    private static final int[][] FACES = {
            {1, 0, 0, 0, 1, 0},
            {-1, 0, 0, 0, 1, 0},
            {0, 1, 0, 0, 0, -1},
            {0, -1, 0, 0, 0, 1},
            {0, 0, 1, 0, 1, 0},
            {0, 0, -1, 0, 1, 0},
    };

    private CubeMesh() {
    }

    static Mesh build(double size) {
        double h = size / 2;
        MeshWriter out = new MeshWriter(24, 12);
        for (int[] f : FACES) {
            int nx = f[0], ny = f[1], nz = f[2], tx = f[3], ty = f[4], tz = f[5];
            // u runs along right = up x normal, so that right x up = normal: the face is counter-clockwise from outside
            int rx = ty * nz - tz * ny, ry = tz * nx - tx * nz, rz = tx * ny - ty * nx;
            int first = -1;
            for (int corner = 0; corner < 4; corner++) {
                int su = corner == 1 || corner == 2 ? 1 : -1;
                int sv = corner >= 2 ? 1 : -1;
                int v = out.vertex(
                        h * (nx + su * rx + sv * tx), h * (ny + su * ry + sv * ty), h * (nz + su * rz + sv * tz),
                        nx, ny, nz, (su + 1) / 2, (sv + 1) / 2);
                first = corner == 0 ? v : first;
            }
            out.triangle(first, first + 1, first + 2);
            out.triangle(first, first + 2, first + 3);
        }
        return out.toMesh();
    }
}
