package io.brigade.app.viewport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.brigade.engine.camera.Camera;
import io.brigade.engine.math.Vec3;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrbitViewTest {

    /** Rounding of a few trigonometric steps on coordinates of order 10. */
    private static final double TOLERANCE = 1e-9;
    private static final Camera LENS = new Camera(new Vec3(0, 0, 1), Vec3.ZERO, Vec3.UNIT_Y, 36, 0.1, 100);

    @ParameterizedTest
    @CsvSource({
            "0, 3.6, 8, 0, 1.05, 0",
            "0, 1.5, 5, 0, 0, 0",
            "-4, -2, -3, 1, 0.5, 2",
            "7, 0, 0, 0, 0, 0",
            "0.01, 10, -0.5, 0, 0, 0"
    })
    void aCameraConvertedToAnOrbitAndBackGivesTheSameView(double ex, double ey, double ez, double tx, double ty,
                                                          double tz) {
        Camera camera = new Camera(new Vec3(ex, ey, ez), new Vec3(tx, ty, tz), Vec3.UNIT_Y, 36, 0.1, 100);

        Camera back = OrbitView.of(camera).toCamera(camera);

        assertClose(back.position(), camera.position());
        assertClose(back.target(), camera.target());
        assertThat(back.up()).isEqualTo(Vec3.UNIT_Y);
        assertThat(back.fovYDegrees()).isEqualTo(camera.fovYDegrees());
        assertThat(back.near()).isEqualTo(camera.near());
        assertThat(back.far()).isEqualTo(camera.far());
    }

    @Test
    void theEyeSitsOnPlusZAtYawZeroAndAboveAtPositivePitch() {
        assertClose(new OrbitView(Vec3.ZERO, 0, 0, 2).eye(), new Vec3(0, 0, 2));
        assertClose(new OrbitView(Vec3.ZERO, 90, 0, 2).eye(), new Vec3(2, 0, 0));
        assertThat(new OrbitView(Vec3.ZERO, 0, 30, 2).eye().y()).isCloseTo(1, within(TOLERANCE));
    }

    @Test
    void orbitingKeepsTheTargetAndTheDistance() {
        OrbitView view = new OrbitView(new Vec3(1, 2, 3), 10, 20, 5);

        OrbitView turned = view.orbited(75, -40);

        assertThat(turned.target()).isEqualTo(view.target());
        assertThat(turned.eye().minus(turned.target()).length()).isCloseTo(5, within(TOLERANCE));
        assertThat(turned.yawDegrees()).isCloseTo(85, within(TOLERANCE));
        assertThat(turned.pitchDegrees()).isCloseTo(-20, within(TOLERANCE));
    }

    @Test
    void pitchStopsShortOfThePolesAndYawWrapsAround() {
        OrbitView view = new OrbitView(Vec3.ZERO, 170, 80, 5);

        assertThat(view.orbited(0, 50).pitchDegrees()).isEqualTo(OrbitView.MAX_PITCH_DEGREES);
        assertThat(view.orbited(0, -500).pitchDegrees()).isEqualTo(-OrbitView.MAX_PITCH_DEGREES);
        assertThat(view.orbited(30, 0).yawDegrees()).isCloseTo(-160, within(TOLERANCE));
    }

    @Test
    void panningSlidesEyeAndTargetAlongTheViewsRightAndUp() {
        OrbitView view = OrbitView.of(new Camera(new Vec3(0, 0, 5), Vec3.ZERO, Vec3.UNIT_Y, 45, 0.1, 100));

        OrbitView panned = view.panned(2, 1);

        assertClose(panned.target(), new Vec3(2, 1, 0));
        assertClose(panned.eye(), new Vec3(2, 1, 5));
    }

    @Test
    void dollyingScalesTheDistanceWithinItsLimits() {
        OrbitView view = new OrbitView(Vec3.ZERO, 0, 0, 4);

        assertThat(view.dollied(0.5).distance()).isEqualTo(2);
        assertThat(view.dollied(1e-9).distance()).isEqualTo(OrbitView.MIN_DISTANCE);
        assertThat(view.dollied(1e12).distance()).isEqualTo(OrbitView.MAX_DISTANCE);
        assertThatThrownBy(() -> view.dollied(0)).hasMessageContaining("dolly factor");
    }

    @Test
    void aCameraOnItsTargetBecomesTheClosestView() {
        Camera onTarget = new Camera(Vec3.ZERO, Vec3.ZERO, Vec3.UNIT_Y, 45, 0.1, 100);

        assertThat(OrbitView.of(onTarget).distance()).isEqualTo(OrbitView.MIN_DISTANCE);
        assertThat(OrbitView.of(onTarget).toCamera(LENS).position().isFinite()).isTrue();
    }

    private static void assertClose(Vec3 actual, Vec3 expected) {
        assertThat(actual.minus(expected).length()).as("%s vs %s", actual, expected).isLessThan(TOLERANCE);
    }
}
