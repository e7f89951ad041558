package io.brigade.engine.geometry.primitive;

import io.brigade.engine.geometry.Mesh;

/**
 * A torus around the Y axis: a tube of radius {@code minorRadius} swept along a circle of radius
 * {@code majorRadius} in the XZ plane. Both seams repeat their first vertex (u = 1, v = 1).
 */
final class TorusMesh {

    private TorusMesh() {
    }

    static long vertexCount(int majorSegments, int minorSegments) {
        return (long) (majorSegments + 1) * (minorSegments + 1);
    }

    static long triangleCount(int majorSegments, int minorSegments) {
        return 2L * majorSegments * minorSegments;
    }

    static Mesh build(double majorRadius, double minorRadius, int majorSegments, int minorSegments) {
        MeshWriter out = new MeshWriter(vertexCount(majorSegments, minorSegments), triangleCount(majorSegments, minorSegments));
        for (int j = 0; j <= majorSegments; j++) {
            double around = 2 * Math.PI * j / majorSegments;
            double ex = Math.sin(around), ez = Math.cos(around); // from the axis towards the tube's centre
            for (int k = 0; k <= minorSegments; k++) {
                double tube = 2 * Math.PI * k / minorSegments; // 0 on the outer equator, then upwards
                double nx = Math.cos(tube) * ex, ny = Math.sin(tube), nz = Math.cos(tube) * ez;
                out.vertex(majorRadius * ex + minorRadius * nx, minorRadius * ny, majorRadius * ez + minorRadius * nz,
                        nx, ny, nz, (double) j / majorSegments, (double) k / minorSegments);
            }
        }
        // along the ring x around the tube points outwards
        out.grid(0, majorSegments, minorSegments, minorSegments + 1, 1);
        return out.toMesh();
    }
}
