package io.brigade.engine.math;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class Mat4Test {

    private static final double EPS = 1e-9;

    @Test
    void multiplyAppliesTheRightOperandFirst() {
        Mat4 moveThenScale = Mat4.scale(new Vec3(2, 2, 2)).multiply(Mat4.translation(new Vec3(1, 0, 0)));
        assertThat(moveThenScale.transformPoint(Vec3.ZERO)).isEqualTo(new Vec3(2, 0, 0));
    }

    @Test
    void inverseUndoesAGeneralTransform() {
        Mat4 m = Mat4.trs(new Vec3(1, -2, 3), Quat.fromEulerDegrees(10, 20, 30), new Vec3(2, 0.5, 3));
        Mat4 product = m.multiply(m.inverse());
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 4; c++) {
                assertThat(product.get(r, c)).isCloseTo(r == c ? 1 : 0, within(EPS));
            }
        }
    }

    @Test
    void singularMatrixHasNoInverse() {
        assertThatThrownBy(() -> Mat4.scale(new Vec3(1, 0, 1)).inverse()).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void directionsIgnoreTranslation() {
        Mat4 m = Mat4.translation(new Vec3(5, 5, 5));
        assertThat(m.transformDirection(Vec3.UNIT_X)).isEqualTo(Vec3.UNIT_X);
    }

    @Test
    void lookAtPutsTheTargetStraightAheadOnMinusZ() {
        Vec3 eye = new Vec3(3, 2, 5);
        Vec3 target = new Vec3(-1, 0, 1);
        Vec3 inView = Mat4.lookAt(eye, target, Vec3.UNIT_Y).transformPoint(target);
        assertThat(inView.x()).isCloseTo(0, within(EPS));
        assertThat(inView.y()).isCloseTo(0, within(EPS));
        assertThat(inView.z()).isCloseTo(-target.minus(eye).length(), within(EPS));
    }

    @ParameterizedTest
    @CsvSource({"0.1, -1", "100, 1"})
    void perspectiveMapsNearAndFarPlanesToMinusOneAndOne(double distance, double expectedDepth) {
        Mat4 p = Mat4.perspective(60, 16.0 / 9, 0.1, 100);
        assertThat(p.transformPoint(new Vec3(0, 0, -distance)).z()).isCloseTo(expectedDepth, within(1e-9));
    }

    @Test
    void projectThenUnprojectRoundTrips() {
        Mat4 viewProjection = Mat4.perspective(50, 1.5, 0.5, 50).multiply(Mat4.lookAt(new Vec3(1, 2, 8), Vec3.ZERO, Vec3.UNIT_Y));
        Vec3 world = new Vec3(0.3, -0.7, 1.1);
        Vec3 ndc = viewProjection.transformPoint(world);
        Vec3 back = viewProjection.inverse().transformPoint(ndc);
        assertThat(back.minus(world).length()).isLessThan(1e-9);
    }
}
