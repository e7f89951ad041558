package io.brigade.engine.geometry.primitive;

import io.brigade.engine.geometry.Mesh;
import io.brigade.engine.math.Vec3;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.brigade.engine.geometry.primitive.NewellTeapot.BODY_PATCHES;
import static io.brigade.engine.geometry.primitive.NewellTeapot.BOTTOM_PATCHES;
import static io.brigade.engine.geometry.primitive.NewellTeapot.FIRST_BODY_PATCH;
import static io.brigade.engine.geometry.primitive.NewellTeapot.FIRST_BOTTOM_PATCH;
import static io.brigade.engine.geometry.primitive.NewellTeapot.FIRST_HANDLE_PATCH;
import static io.brigade.engine.geometry.primitive.NewellTeapot.FIRST_KNOB_PATCH;
import static io.brigade.engine.geometry.primitive.NewellTeapot.FIRST_LID_PATCH;
import static io.brigade.engine.geometry.primitive.NewellTeapot.FIRST_SPOUT_PATCH;
import static io.brigade.engine.geometry.primitive.NewellTeapot.HANDLE_PATCHES;
import static io.brigade.engine.geometry.primitive.NewellTeapot.KNOB_PATCHES;
import static io.brigade.engine.geometry.primitive.NewellTeapot.LID_PATCHES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The teapot part by part: it is not convex, so "outwards" means away from the axis for the body,
 * up for the lid, down for the bottom and away from the tube's middle for the handle and spout.
 * Vertex (i, j) of patch p is {@code p * (n + 1)^2 + i * (n + 1) + j}, as {@link Primitives#teapot} documents.
 */
class TeapotTest {

    private static final double NORMAL_TOLERANCE = 1e-6;
    private static final double POLE_NORMAL_TOLERANCE = 1e-3;
    private static final double BOUNDS_TOLERANCE = 1e-5;
    /** Where patches meet smoothly, their normals are computed separately and agree to within this. */
    private static final double SEAM_COSINE = 0.999;
    private static final double HALF_HEIGHT = 0.7875;
    /** The spout's lip, the teapot's rightmost point, lies between tessellated points: about 1.7170. */
    private static final double SPOUT_TIP_X = 1.717, SPOUT_TIP_TOLERANCE = 0.001;

    @ParameterizedTest
    @ValueSource(ints = {6, 8, 16, 64})
    void countsFollowTheDocumentedFormulas(int n) {
        Mesh mesh = Primitives.teapot(n);
        assertThat(mesh.vertexCount()).isEqualTo(32 * (n + 1) * (n + 1));
        assertThat(mesh.triangleCount()).isEqualTo(64 * n * n - 8 * n);
    }

    @ParameterizedTest
    @ValueSource(ints = {Primitives.MIN_TEAPOT_SUBDIVISIONS, 64, Primitives.MAX_TEAPOT_SUBDIVISIONS})
    void hasNoNaNAnywhere(int n) {
        Mesh mesh = Primitives.teapot(n);
        for (int v = 0; v < mesh.vertexCount(); v++) {
            assertThat(mesh.position(v).isFinite() && mesh.normal(v).isFinite()
                    && Float.isFinite(mesh.u(v)) && Float.isFinite(mesh.v(v))).as("vertex %d", v).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {16, 64})
    void boundsAreAsDocumentedAndSymmetricFrontToBack(int n) {
        float[] b = Primitives.teapot(n).bounds();
        assertThat((double) b[0]).as("handle").isCloseTo(-1.5, within(BOUNDS_TOLERANCE));
        assertThat((double) b[3]).as("spout").isCloseTo(SPOUT_TIP_X, within(SPOUT_TIP_TOLERANCE));
        assertThat((double) b[1]).as("bottom").isCloseTo(-HALF_HEIGHT, within(BOUNDS_TOLERANCE));
        assertThat((double) b[4]).as("knob").isCloseTo(HALF_HEIGHT, within(BOUNDS_TOLERANCE));
        assertThat((double) b[5]).as("front").isCloseTo(1, within(BOUNDS_TOLERANCE));
        assertThat((double) b[2]).as("back").isCloseTo(-b[5], within(BOUNDS_TOLERANCE));
    }

    @Test
    void bodyNormalsPointAwayFromTheVerticalAxis() {
        int n = 12;
        Mesh mesh = Primitives.teapot(n);
        forEachVertex(n, FIRST_BODY_PATCH, BODY_PATCHES, (v, i) -> {
            double radial = mesh.nx(v) * mesh.px(v) + mesh.nz(v) * mesh.pz(v);
            assertThat(radial).as("body vertex %d at %s", v, mesh.position(v)).isGreaterThan(0);
        });
    }

    @Test
    void lidNormalsPointUpTurningLevelOnlyAtItsOuterEdge() {
        int n = 12;
        Mesh mesh = Primitives.teapot(n);
        forEachVertex(n, FIRST_LID_PATCH, LID_PATCHES, (v, i) -> {
            if (i < n) {
                assertThat(mesh.ny(v)).as("lid vertex %d", v).isGreaterThan(0);
            } else {
                assertThat((double) mesh.ny(v)).as("lid edge vertex %d", v).isCloseTo(0, within(NORMAL_TOLERANCE));
            }
        });
    }

    @Test
    void bottomNormalsPointDown() {
        int n = 12;
        Mesh mesh = Primitives.teapot(n);
        forEachVertex(n, FIRST_BOTTOM_PATCH, BOTTOM_PATCHES, (v, i) ->
                assertThat((double) mesh.ny(v)).as("bottom vertex %d", v).isLessThan(NORMAL_TOLERANCE));
    }

    @ParameterizedTest
    @ValueSource(ints = {6, 12, 64})
    void polesAtTheKnobTopAndBottomCentreHaveAxialNormals(int n) {
        Mesh mesh = Primitives.teapot(n);
        forEachVertex(n, FIRST_KNOB_PATCH, KNOB_PATCHES, (v, i) -> {
            if (i == 0) {
                assertThat(mesh.position(v).minus(new Vec3(0, HALF_HEIGHT, 0)).length()).isLessThan(BOUNDS_TOLERANCE);
                assertThat(mesh.normal(v).dot(Vec3.UNIT_Y)).as("knob pole vertex %d", v).isCloseTo(1, within(POLE_NORMAL_TOLERANCE));
            }
        });
        forEachVertex(n, FIRST_BOTTOM_PATCH, BOTTOM_PATCHES, (v, i) -> {
            if (i == 0) {
                assertThat(mesh.position(v).minus(new Vec3(0, -HALF_HEIGHT, 0)).length()).isLessThan(BOUNDS_TOLERANCE);
                assertThat(mesh.normal(v).dot(Vec3.UNIT_Y)).as("bottom pole vertex %d", v).isCloseTo(-1, within(POLE_NORMAL_TOLERANCE));
            }
        });
    }

    /**
     * The handle and the spout are tubes, each cross-section made of row i of two mirrored patches;
     * their normals point away from the cross-section's centre. The spout's tip is checked only up
     * to the middle of its last patches: beyond, its lip turns over and faces back into the spout.
     */
    @Test
    void handleAndSpoutNormalsPointAwayFromTheTubeMiddle() {
        int n = 12;
        Mesh mesh = Primitives.teapot(n);
        for (int first = FIRST_HANDLE_PATCH; first < FIRST_SPOUT_PATCH + 4; first += 2) {
            boolean spoutTip = first == FIRST_SPOUT_PATCH + 2;
            for (int i = 0; i <= (spoutTip ? n / 2 - 1 : n); i++) {
                List<Integer> ring = new ArrayList<>();
                for (int j = 0; j <= n; j++) {
                    ring.add(vertex(n, first, i, j));
                    ring.add(vertex(n, first + 1, i, j));
                }
                Vec3 centre = ring.stream().map(mesh::position).reduce(Vec3.ZERO, Vec3::plus).times(1.0 / ring.size());
                for (int v : ring) {
                    assertThat(mesh.normal(v).dot(mesh.position(v).minus(centre)))
                            .as("patch %d row %d vertex %d", first, i, v).isGreaterThan(0);
                }
            }
        }
    }

    /**
     * Along the borders where patches meet, both patches compute the same positions; their normals
     * must agree too, which no patch facing the wrong way could. The handle's lower end touching the
     * body at one point is the one crease.
     */
    @Test
    void patchesMeetingAtABorderAgreeOnTheNormal() {
        int n = 10;
        int perPatch = (n + 1) * (n + 1);
        Mesh mesh = Primitives.teapot(n);
        Map<Vec3, List<Integer>> byPosition = new HashMap<>();
        for (int v = 0; v < mesh.vertexCount(); v++) {
            byPosition.computeIfAbsent(mesh.position(v), p -> new ArrayList<>()).add(v);
        }
        int shared = 0;
        for (List<Integer> same : byPosition.values()) {
            for (int a : same) {
                for (int b : same) {
                    if (isHandle(a / perPatch) != isHandle(b / perPatch)) {
                        continue;
                    }
                    shared += a / perPatch != b / perPatch ? 1 : 0;
                    assertThat(mesh.normal(a).dot(mesh.normal(b))).as("vertices %d and %d at %s", a, b, mesh.position(a))
                            .isGreaterThan(SEAM_COSINE);
                }
            }
        }
        assertThat(shared).as("vertex pairs shared between patches").isGreaterThan(32 * 2 * n);
    }

    @Test
    void rejectsSubdivisionsOutsideTheRangeNamingTheArgument() {
        assertThatThrownBy(() -> Primitives.teapot(Primitives.MIN_TEAPOT_SUBDIVISIONS - 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("subdivisionsPerPatch: must be an integer between 6 and 256");
    }

    private static boolean isHandle(int patch) {
        return patch >= FIRST_HANDLE_PATCH && patch < FIRST_HANDLE_PATCH + HANDLE_PATCHES;
    }

    private static int vertex(int n, int patch, int i, int j) {
        return patch * (n + 1) * (n + 1) + i * (n + 1) + j;
    }

    private interface VertexCheck {
        void check(int vertex, int row);
    }

    private static void forEachVertex(int n, int firstPatch, int patches, VertexCheck check) {
        for (int p = firstPatch; p < firstPatch + patches; p++) {
            for (int i = 0; i <= n; i++) {
                for (int j = 0; j <= n; j++) {
                    check.check(vertex(n, p, i, j), i);
                }
            }
        }
    }
}
