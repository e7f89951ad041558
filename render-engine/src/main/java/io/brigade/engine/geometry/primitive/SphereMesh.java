package io.brigade.engine.geometry.primitive;

import io.brigade.engine.geometry.Mesh;

/**
 * A UV sphere around the Y axis. Rings of latitude run from the north pole (+Y) down; each pole is
 * {@code segments} vertices of its own (one per cap triangle, each with its own u), and the rings in
 * between repeat their first vertex at u = 1 so the texture seam has both u = 0 and u = 1.
 */
final class SphereMesh {

    private SphereMesh() {
    }

    static long vertexCount(int segments, int rings) {
        return 2L * segments + (long) (segments + 1) * (rings - 1);
    }

    static long triangleCount(int segments, int rings) {
        return 2L * segments * (rings - 1);
    }

    static Mesh build(double radius, int segments, int rings) {
        MeshWriter out = new MeshWriter(vertexCount(segments, rings), triangleCount(segments, rings));
        int north = 0;
        for (int j = 0; j < segments; j++) {
            out.vertex(0, radius, 0, 0, 1, 0, (j + 0.5) / segments, 1);
        }
        int firstRing = segments;
        for (int i = 1; i < rings; i++) {
            double polar = Math.PI * i / rings;
            double y = Math.cos(polar), ringRadius = Math.sin(polar);
            for (int j = 0; j <= segments; j++) {
                // azimuth 0 faces +Z and grows towards +X, so u grows to the right seen from the front
                double azimuth = 2 * Math.PI * j / segments;
                double x = ringRadius * Math.sin(azimuth), z = ringRadius * Math.cos(azimuth);
                out.vertex(radius * x, radius * y, radius * z, x, y, z, (double) j / segments, 1 - (double) i / rings);
            }
        }
        int south = firstRing + (segments + 1) * (rings - 1);
        for (int j = 0; j < segments; j++) {
            out.vertex(0, -radius, 0, 0, -1, 0, (j + 0.5) / segments, 0);
        }

        int lastRing = south - (segments + 1);
        for (int j = 0; j < segments; j++) {
            out.triangle(north + j, firstRing + j, firstRing + j + 1);
        }
        // down the rings x around the axis points outwards
        out.grid(firstRing, rings - 2, segments, segments + 1, 1);
        for (int j = 0; j < segments; j++) {
            out.triangle(lastRing + j, south + j, lastRing + j + 1);
        }
        return out.toMesh();
    }
}
