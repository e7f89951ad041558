package io.brigade.engine.geometry.primitive;

import io.brigade.engine.geometry.Mesh;
import io.brigade.engine.math.Vec3;

/** Measurements the primitive tests make on a mesh. */
final class MeshGeometry {

    private MeshGeometry() {
    }

    /** The cross product of a triangle's edges (b - a) x (c - a): its front's direction, twice its area long. */
    static Vec3 faceCross(Mesh mesh, int triangle) {
        Vec3 a = mesh.position(mesh.index(triangle, 0));
        Vec3 b = mesh.position(mesh.index(triangle, 1));
        Vec3 c = mesh.position(mesh.index(triangle, 2));
        return b.minus(a).cross(c.minus(a));
    }

    /** The volume enclosed by a closed mesh, positive when its triangles face outwards (divergence theorem). */
    static double signedVolume(Mesh mesh) {
        double sixTimes = 0;
        for (int t = 0; t < mesh.triangleCount(); t++) {
            Vec3 a = mesh.position(mesh.index(t, 0));
            Vec3 b = mesh.position(mesh.index(t, 1));
            Vec3 c = mesh.position(mesh.index(t, 2));
            sixTimes += a.dot(b.cross(c));
        }
        return sixTimes / 6;
    }
}
