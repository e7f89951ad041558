package io.brigade.engine.geometry.primitive;

import io.brigade.engine.geometry.Mesh;

/** A flat grid in the XZ plane at y = 0, facing +Y; v = 1 along its far (-Z) edge. */
final class PlaneMesh {

    private PlaneMesh() {
    }

    static long vertexCount(int subdivisionsX, int subdivisionsZ) {
        return (long) (subdivisionsX + 1) * (subdivisionsZ + 1);
    }

    static long triangleCount(int subdivisionsX, int subdivisionsZ) {
        return 2L * subdivisionsX * subdivisionsZ;
    }

    static Mesh build(double width, double depth, int subdivisionsX, int subdivisionsZ) {
        MeshWriter out = new MeshWriter(vertexCount(subdivisionsX, subdivisionsZ), triangleCount(subdivisionsX, subdivisionsZ));
        for (int i = 0; i <= subdivisionsZ; i++) {
            double fz = (double) i / subdivisionsZ;
            for (int j = 0; j <= subdivisionsX; j++) {
                double fx = (double) j / subdivisionsX;
                out.vertex(width * (fx - 0.5), 0, depth * (fz - 0.5), 0, 1, 0, fx, 1 - fz);
            }
        }
        // +Z x +X = +Y
        out.grid(0, subdivisionsZ, subdivisionsX, subdivisionsX + 1, 1);
        return out.toMesh();
    }
}
