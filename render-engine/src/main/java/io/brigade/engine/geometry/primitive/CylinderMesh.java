package io.brigade.engine.geometry.primitive;

import io.brigade.engine.geometry.Mesh;

/**
 * A capped cylinder around the Y axis. The side has two rings of {@code segments + 1} vertices
 * (the seam repeated for u = 1) with radial normals; each cap has a centre and {@code segments}
 * rim vertices of its own with the cap's flat normal, its UVs a disc inscribed in the 0..1 square.
 */
final class CylinderMesh {

    private CylinderMesh() {
    }

    static long vertexCount(int segments) {
        return 4L * segments + 4;
    }

    static long triangleCount(int segments) {
        return 4L * segments;
    }

    static Mesh build(double radius, double height, int segments) {
        MeshWriter out = new MeshWriter(vertexCount(segments), triangleCount(segments));
        double top = height / 2;
        for (int ring = 0; ring < 2; ring++) {
            double y = ring == 0 ? top : -top;
            for (int j = 0; j <= segments; j++) {
                double azimuth = 2 * Math.PI * j / segments; // as for the sphere: 0 faces +Z, growing towards +X
                double x = Math.sin(azimuth), z = Math.cos(azimuth);
                out.vertex(radius * x, y, radius * z, x, 0, z, (double) j / segments, 1 - ring);
            }
        }
        // down the side x around the axis points outwards
        out.grid(0, 1, segments, segments + 1, 1);
        cap(out, radius, top, 1, segments);
        cap(out, radius, -top, -1, segments);
        return out.toMesh();
    }

    /** A fan around the cap's centre; {@code facing} is +1 for the top cap, -1 for the bottom one. */
    private static void cap(MeshWriter out, double radius, double y, int facing, int segments) {
        int centre = out.vertex(0, y, 0, 0, facing, 0, 0.5, 0.5);
        for (int j = 0; j < segments; j++) {
            double azimuth = 2 * Math.PI * j / segments;
            double x = Math.sin(azimuth), z = Math.cos(azimuth);
            // seen from outside, the top cap reads with -Z up and the bottom cap with +Z up, as on the cube
            out.vertex(radius * x, y, radius * z, 0, facing, 0, 0.5 + 0.5 * x, 0.5 - 0.5 * facing * z);
        }
        for (int j = 0; j < segments; j++) {
            int rim = centre + 1 + j, next = centre + 1 + (j + 1) % segments;
            if (facing > 0) {
                out.triangle(centre, rim, next);
            } else {
                out.triangle(centre, next, rim);
            }
        }
    }
}
