package io.brigade.engine.math;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class QuatTest {

    private static final double EPS = 1e-9;

    @Test
    void quarterTurnAboutYTurnsXIntoMinusZ() {
        Vec3 v = Quat.fromAxisAngle(Vec3.UNIT_Y, 90).rotate(Vec3.UNIT_X);
        assertThat(v.minus(new Vec3(0, 0, -1)).length()).isLessThan(EPS);
    }

    @Test
    void matrixAgreesWithRotate() {
        Quat q = Quat.fromEulerDegrees(30, -45, 70);
        Vec3 p = new Vec3(0.2, 1.5, -3);
        assertThat(q.toMatrix().transformPoint(p).minus(q.rotate(p)).length()).isLessThan(EPS);
    }

    @Test
    void slerpHalfwayIsHalfTheAngle() {
        Quat a = Quat.IDENTITY;
        Quat b = Quat.fromAxisAngle(Vec3.UNIT_Z, 120);
        Vec3 v = a.slerp(b, 0.5).rotate(Vec3.UNIT_X);
        assertThat(Math.toDegrees(Math.atan2(v.y(), v.x()))).isCloseTo(60, within(1e-7));
    }

    @Test
    void slerpTakesTheShorterArc() {
        Quat a = Quat.fromAxisAngle(Vec3.UNIT_Z, 10);
        Quat b = Quat.fromAxisAngle(Vec3.UNIT_Z, 350);
        Vec3 v = a.slerp(b, 0.5).rotate(Vec3.UNIT_X);
        assertThat(Math.toDegrees(Math.atan2(v.y(), v.x()))).isCloseTo(0, within(1e-7));
    }

    @ParameterizedTest
    @CsvSource({"0,0,0", "10,20,30", "-80,45,170", "90,0,0", "0,-60,-120"})
    void eulerRoundTrips(double x, double y, double z) {
        Quat q = Quat.fromEulerDegrees(x, y, z);
        Vec3 e = q.toEulerDegrees();
        Quat back = Quat.fromEulerDegrees(e.x(), e.y(), e.z());
        assertThat(Math.abs(q.dot(back))).isCloseTo(1, within(1e-9));
    }

    @Test
    void slerpEndpointsAreTheInputs() {
        Quat a = Quat.fromEulerDegrees(10, 20, 30);
        Quat b = Quat.fromEulerDegrees(-40, 5, 90);
        assertThat(Math.abs(a.slerp(b, 0).dot(a))).isCloseTo(1, within(EPS));
        assertThat(Math.abs(a.slerp(b, 1).dot(b))).isCloseTo(1, within(EPS));
    }
}
