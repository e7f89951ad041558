package io.brigade.engine.geometry.primitive;

import io.brigade.engine.geometry.Mesh;

/**
 * Procedural meshes, all centred on the origin with Y up, unit normals, UVs (v up, as in OBJ
 * files) and counter-clockwise front faces seen from outside. Creation takes time linear in the
 * number of vertices and allocates nothing per vertex. Arguments outside the ranges below throw
 * {@link IllegalArgumentException}; scene files go through {@link PrimitiveFactory}, which reports
 * them as checked errors instead.
 *
 * <p>Texture layout: round shapes wrap u once around the Y axis, u = 0 at +Z growing towards +X (to
 * the right seen from +Z), with the seam's vertices repeated at u = 0 and u = 1; flat faces are
 * upright, and those facing up or down read as seen from the front (the top with -Z up).
 */
public final class Primitives {

    /** Every length (size, radius, height, width, depth) lies in [MIN_LENGTH, MAX_LENGTH]. */
    public static final double MIN_LENGTH = 1e-6, MAX_LENGTH = 1e6;
    /** Segments around an axis: sphere, cylinder, torus ring. */
    public static final int MIN_SEGMENTS = 3, MAX_SEGMENTS = 4096;
    public static final int MIN_RINGS = 2, MAX_RINGS = 2048;
    public static final int MIN_TUBE_SEGMENTS = 3, MAX_TUBE_SEGMENTS = 2048;
    public static final int MAX_PLANE_SUBDIVISIONS = 2048;
    /** Below 6, the facets of the spout's curled lip and of the knob turn away from their vertices' normals. */
    public static final int MIN_TEAPOT_SUBDIVISIONS = 6, MAX_TEAPOT_SUBDIVISIONS = 256;

    private Primitives() {
    }

    /**
     * A cube with edges of length {@code size}: 24 vertices (4 per face, with the face's normal and a
     * 0..1 UV square) and 12 triangles.
     */
    public static Mesh cube(double size) {
        return CubeMesh.build(Require.length("size", size));
    }

    /**
     * A UV sphere around the Y axis with {@code segments} around and {@code rings} from pole to pole:
     * {@code 2 * segments + (segments + 1) * (rings - 1)} vertices (each pole has one vertex per cap
     * triangle) and {@code 2 * segments * (rings - 1)} triangles, none degenerate. v = 1 at the north pole (+Y).
     */
    public static Mesh uvSphere(double radius, int segments, int rings) {
        return SphereMesh.build(Require.length("radius", radius),
                Require.count("segments", segments, MIN_SEGMENTS, MAX_SEGMENTS),
                Require.count("rings", rings, MIN_RINGS, MAX_RINGS));
    }

    /**
     * A torus around the Y axis, its tube's centre ring of radius {@code majorRadius} in the XZ plane:
     * {@code (majorSegments + 1) * (minorSegments + 1)} vertices and {@code 2 * majorSegments * minorSegments}
     * triangles; bounds ±(majorRadius + minorRadius) in X and Z, ±minorRadius in Y. v runs around the
     * tube from its outer equator, upwards. A tube wider than the ring makes a self-intersecting spindle torus.
     */
    public static Mesh torus(double majorRadius, double minorRadius, int majorSegments, int minorSegments) {
        return TorusMesh.build(Require.length("majorRadius", majorRadius), Require.length("minorRadius", minorRadius),
                Require.count("majorSegments", majorSegments, MIN_SEGMENTS, MAX_SEGMENTS),
                Require.count("minorSegments", minorSegments, MIN_TUBE_SEGMENTS, MAX_TUBE_SEGMENTS));
    }

    /**
     * A {@code width} (X) by {@code depth} (Z) rectangle at y = 0 facing +Y, as a grid of
     * {@code (subdivisionsX + 1) * (subdivisionsZ + 1)} vertices and {@code 2 * subdivisionsX * subdivisionsZ}
     * triangles; u = 0 at -X, v = 1 at -Z (the far edge seen from the front).
     */
    public static Mesh plane(double width, double depth, int subdivisionsX, int subdivisionsZ) {
        return PlaneMesh.build(Require.length("width", width), Require.length("depth", depth),
                Require.count("subdivisionsX", subdivisionsX, 1, MAX_PLANE_SUBDIVISIONS),
                Require.count("subdivisionsZ", subdivisionsZ, 1, MAX_PLANE_SUBDIVISIONS));
    }

    /**
     * A cylinder around the Y axis from y = -height/2 to height/2 with flat caps: {@code 4 * segments + 4}
     * vertices (the side's two rings of {@code segments + 1}, and per cap a centre and {@code segments}
     * rim vertices with the cap's own normal) and {@code 4 * segments} triangles.
     */
    public static Mesh cylinder(double radius, double height, int segments) {
        return CylinderMesh.build(Require.length("radius", radius), Require.length("height", height),
                Require.count("segments", segments, MIN_SEGMENTS, MAX_SEGMENTS));
    }

    /**
     * The Utah teapot from Newell's 32 Bezier patches, each cut into an {@code n x n} grid
     * ({@code n = subdivisionsPerPatch}, 6 to 256), with normals from the patches' derivatives and a 0..1 UV
     * square per patch. {@code 32 * (n + 1)^2} vertices, laid out patch after patch in Newell's order
     * (rim, body, handle, spout, knob, lid, bottom) and not welded along patch borders;
     * {@code 64 * n^2 - 8 * n} triangles (the 8 patches that close at the knob's top and the bottom's
     * centre keep one triangle per pole cell).
     *
     * <p>Y up, spout towards +X, handle towards -X, scaled so the body's widest radius is 1. Bounds:
     * y from -0.7875 (flat bottom) to 0.7875 (knob top), z from -1 to 1 (the body's widest circle),
     * x from -1.5 (the handle's outer corner) to about 1.717 (the spout's lip, which peaks between
     * tessellated points: 1.7148 at n = 6, 1.7166 at n = 8, 1.7170 from n = 32). Like the original, the lid sits loose in
     * the rim and the spout and handle pass into the body, so the surface is not closed.
     */
    public static Mesh teapot(int subdivisionsPerPatch) {
        return TeapotMesh.build(Require.count("subdivisionsPerPatch", subdivisionsPerPatch,
                MIN_TEAPOT_SUBDIVISIONS, MAX_TEAPOT_SUBDIVISIONS));
    }
}
