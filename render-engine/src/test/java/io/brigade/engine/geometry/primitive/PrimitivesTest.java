package io.brigade.engine.geometry.primitive;

import io.brigade.engine.geometry.Mesh;
import io.brigade.engine.math.Vec3;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Properties every primitive must have, checked on each shape at coarse and moderate tessellations. */
class PrimitivesTest {

    private static final double NORMAL_LENGTH_TOLERANCE = 1e-5;
    private static final double BOUNDS_TOLERANCE = 1e-5;
    /** Per-vertex normals are float: an exact-looking zero (a cap rim, say) may come out as this. */
    private static final double OUTWARD_TOLERANCE = 1e-6;

    private static final double SIN_120 = Math.sqrt(3) / 2;

    /**
     * One shape to check. {@code outward(mesh, vertex)} is a direction its normal must point along
     * (null where the shape has no simple "out"); {@code volume} the enclosed volume (NaN for open
     * shapes) and {@code volumeTolerance} how far the tessellation may fall from it.
     */
    record Shape(String name, Supplier<Mesh> build, long vertices, long triangles, double[] bounds,
                 BiFunction<Mesh, Integer, Vec3> outward, double volume, double volumeTolerance) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Shape> shapes() {
        return Stream.of(
                new Shape("cube 2", () -> Primitives.cube(2), 24, 12, box(1, 1, 1), fromOrigin(), 8, 1e-6),
                new Shape("cube 0.5", () -> Primitives.cube(0.5), 24, 12, box(0.25, 0.25, 0.25), fromOrigin(), 0.125, 1e-6),
                // three segments, two rings: a double pyramid over a triangle, volume 2/3 * (3 sqrt 3 / 4) * 1
                new Shape("sphere 1 3x2", () -> Primitives.uvSphere(1, 3, 2), 2 * 3 + 4, 6,
                        new double[]{-SIN_120, -1, -0.5, SIN_120, 1, 1}, fromOrigin(), Math.sqrt(3) / 2, 1e-6),
                new Shape("sphere 2 32x16", () -> Primitives.uvSphere(2, 32, 16), 2 * 32 + 33 * 15, 2 * 32 * 15,
                        box(2, 2, 2), fromOrigin(), 4.0 / 3 * Math.PI * 8, 0.03 * 4.0 / 3 * Math.PI * 8),
                new Shape("sphere 1 7x5", () -> Primitives.uvSphere(1, 7, 5), 2 * 7 + 8 * 4, 2 * 7 * 4,
                        null, fromOrigin(), 4.0 / 3 * Math.PI, 0.3 * 4.0 / 3 * Math.PI),
                new Shape("torus 1 0.25 48x24", () -> Primitives.torus(1, 0.25, 48, 24), 49 * 25, 2 * 48 * 24,
                        box(1.25, 0.25, 1.25), fromTubeCentre(1), 2 * Math.PI * Math.PI * 0.0625, 0.02 * 2 * Math.PI * Math.PI * 0.0625),
                new Shape("torus 2 0.5 3x3", () -> Primitives.torus(2, 0.5, 3, 3), 16, 18,
                        null, fromTubeCentre(2), 2 * Math.PI * Math.PI * 2 * 0.25, 0.9 * 2 * Math.PI * Math.PI * 2 * 0.25),
                new Shape("plane 2x3", () -> Primitives.plane(2, 3, 1, 1), 4, 2, box(1, 0, 1.5), up(), Double.NaN, 0),
                new Shape("plane 4x2 5x3", () -> Primitives.plane(4, 2, 5, 3), 24, 30, box(2, 0, 1), up(), Double.NaN, 0),
                // three segments: a triangular prism, base area 3 sqrt 3 / 4
                new Shape("cylinder 1 2 3", () -> Primitives.cylinder(1, 2, 3), 16, 12,
                        new double[]{-SIN_120, -1, -0.5, SIN_120, 1, 1}, fromOrigin(), 3 * Math.sqrt(3) / 4 * 2, 1e-6),
                new Shape("cylinder 0.5 3 32", () -> Primitives.cylinder(0.5, 3, 32), 132, 128,
                        box(0.5, 1.5, 0.5), fromOrigin(), Math.PI * 0.25 * 3, 0.02 * Math.PI * 0.25 * 3),
                new Shape("teapot 6", () -> Primitives.teapot(6), 32 * 49, 64 * 36 - 48, null, null, Double.NaN, 0),
                new Shape("teapot 8", () -> Primitives.teapot(8), 32 * 81, 64 * 64 - 64, null, null, Double.NaN, 0),
                new Shape("teapot 17", () -> Primitives.teapot(17), 32 * 18 * 18, 64 * 17 * 17 - 8 * 17, null, null, Double.NaN, 0));
    }

    @ParameterizedTest
    @MethodSource("shapes")
    void hasTheDocumentedVertexAndTriangleCounts(Shape shape) {
        Mesh mesh = shape.build().get();
        assertThat(mesh.vertexCount()).isEqualTo(shape.vertices());
        assertThat(mesh.triangleCount()).isEqualTo(shape.triangles());
    }

    @ParameterizedTest
    @MethodSource("shapes")
    void hasFiniteUnitNormalsAndFiniteUvsInTheUnitSquare(Shape shape) {
        Mesh mesh = shape.build().get();
        for (int v = 0; v < mesh.vertexCount(); v++) {
            assertThat(mesh.position(v).isFinite()).as("position %d", v).isTrue();
            assertThat(mesh.normal(v).length()).as("normal %d", v).isCloseTo(1, within(NORMAL_LENGTH_TOLERANCE));
            assertThat(mesh.u(v)).as("u %d", v).isBetween(0f, 1f);
            assertThat(mesh.v(v)).as("v %d", v).isBetween(0f, 1f);
        }
    }

    @ParameterizedTest
    @MethodSource("shapes")
    void facesAgreeWithTheNormalsOfAllTheirCorners(Shape shape) {
        Mesh mesh = shape.build().get();
        for (int t = 0; t < mesh.triangleCount(); t++) {
            Vec3 face = MeshGeometry.faceCross(mesh, t);
            assertThat(face.length()).as("area of triangle %d", t).isGreaterThan(0);
            for (int corner = 0; corner < 3; corner++) {
                Vec3 normal = mesh.normal(mesh.index(t, corner));
                assertThat(face.normalize().dot(normal)).as("triangle %d corner %d", t, corner).isGreaterThan(0);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("shapes")
    void normalsPointOutwards(Shape shape) {
        Mesh mesh = shape.build().get();
        if (shape.outward() == null) {
            return; // the teapot is not convex; TeapotTest checks it part by part
        }
        for (int v = 0; v < mesh.vertexCount(); v++) {
            Vec3 out = shape.outward().apply(mesh, v);
            assertThat(mesh.normal(v).dot(out.normalize())).as("vertex %d at %s", v, mesh.position(v)).isGreaterThan(OUTWARD_TOLERANCE);
        }
    }

    @ParameterizedTest
    @MethodSource("shapes")
    void closedShapesEncloseTheirVolumeWithOutwardWinding(Shape shape) {
        if (Double.isNaN(shape.volume())) {
            return;
        }
        assertThat(MeshGeometry.signedVolume(shape.build().get())).isCloseTo(shape.volume(), within(shape.volumeTolerance()));
    }

    @ParameterizedTest
    @MethodSource("shapes")
    void fitsTheDocumentedBounds(Shape shape) {
        if (shape.bounds() == null) {
            return;
        }
        float[] bounds = shape.build().get().bounds();
        for (int i = 0; i < 6; i++) {
            assertThat((double) bounds[i]).as("bound %d", i).isCloseTo(shape.bounds()[i], within(BOUNDS_TOLERANCE));
        }
    }

    private static double[] box(double x, double y, double z) {
        return new double[]{-x, -y, -z, x, y, z};
    }

    private static BiFunction<Mesh, Integer, Vec3> fromOrigin() {
        return Mesh::position;
    }

    private static BiFunction<Mesh, Integer, Vec3> up() {
        return (mesh, v) -> Vec3.UNIT_Y;
    }

    /** From the nearest point of the tube's centre circle (radius {@code majorRadius} in the XZ plane). */
    private static BiFunction<Mesh, Integer, Vec3> fromTubeCentre(double majorRadius) {
        return (mesh, v) -> {
            Vec3 p = mesh.position(v);
            Vec3 centre = new Vec3(p.x(), 0, p.z()).normalize().times(majorRadius);
            return p.minus(centre);
        };
    }
}
