package io.brigade.engine.animation;

import io.brigade.engine.camera.Camera;
import io.brigade.engine.math.Color;
import io.brigade.engine.math.Quat;
import io.brigade.engine.math.Vec3;
import io.brigade.engine.shading.DirectionalLight;
import io.brigade.engine.shading.Light;
import io.brigade.engine.shading.PointLight;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class InterpolatorsTest {

    private static final double EPSILON = 1e-9;

    @Test
    void slerpHalfwayBetweenTwoRotationsIsTheMiddleRotation() {
        Quat from = Quat.fromAxisAngle(Vec3.UNIT_Y, 0);
        Quat to = Quat.fromAxisAngle(Vec3.UNIT_Y, 90);
        assertRotation(Interpolators.QUAT.interpolate(from, to, 0.5), Quat.fromAxisAngle(Vec3.UNIT_Y, 45));
        assertRotation(Interpolators.QUAT.interpolate(from, to, 0.25), Quat.fromAxisAngle(Vec3.UNIT_Y, 22.5));
    }

    @Test
    void slerpTakesTheShorterArc() {
        Quat from = Quat.fromAxisAngle(Vec3.UNIT_Z, 10);
        Quat to = Quat.fromAxisAngle(Vec3.UNIT_Z, 350);
        // through 0 degrees (20 degrees of travel), not through 180 (340 degrees)
        assertRotation(Interpolators.QUAT.interpolate(from, to, 0.5), Quat.IDENTITY);
    }

    @Test
    void cameraPropertiesMoveLinearly() {
        Camera a = new Camera(new Vec3(0, 0, 10), Vec3.ZERO, Vec3.UNIT_Y, 30, 0.25, 100);
        Camera b = new Camera(new Vec3(10, 0, 0), new Vec3(0, 2, 0), Vec3.UNIT_Y, 60, 0.75, 200);
        Camera mid = Interpolators.CAMERA.interpolate(a, b, 0.5);
        assertThat(mid).isEqualTo(new Camera(new Vec3(5, 0, 5), new Vec3(0, 1, 0), Vec3.UNIT_Y, 45, 0.5, 150));
    }

    @Test
    void lightsOfOneKindBlend() {
        Light a = new PointLight(Vec3.ZERO, Color.BLACK, 0, 1);
        Light b = new PointLight(new Vec3(2, 4, 6), Color.WHITE, 2, 3);
        assertThat(Interpolators.LIGHT.interpolate(a, b, 0.5))
                .isEqualTo(new PointLight(new Vec3(1, 2, 3), new Color(0.5, 0.5, 0.5), 1, 2));

        Light sunA = new DirectionalLight(Vec3.UNIT_X, Color.WHITE, 1);
        Light sunB = new DirectionalLight(Vec3.UNIT_Y, Color.WHITE, 3);
        DirectionalLight sun = (DirectionalLight) Interpolators.LIGHT.interpolate(sunA, sunB, 0.5);
        assertThat(sun.direction().x()).isCloseTo(Math.sqrt(0.5), within(EPSILON));
        assertThat(sun.direction().y()).isCloseTo(Math.sqrt(0.5), within(EPSILON));
        assertThat(sun.intensity()).isEqualTo(2);
    }

    @Test
    void oppositeSunDirectionsTurnOverHalfwayInsteadOfFailing() {
        Vec3 downwards = new Vec3(0, -1, 0);
        Light down = new DirectionalLight(downwards, Color.WHITE, 1);
        Light up = new DirectionalLight(Vec3.UNIT_Y, Color.WHITE, 1);
        assertThat(((DirectionalLight) Interpolators.LIGHT.interpolate(down, up, 0.5)).direction()).isEqualTo(Vec3.UNIT_Y);
        assertThat(((DirectionalLight) Interpolators.LIGHT.interpolate(down, up, 0.25)).direction()).isEqualTo(downwards);
    }

    @Test
    void lightsOfDifferentKindsStep() {
        Light point = new PointLight(Vec3.ZERO, Color.WHITE, 1, 5);
        Light sun = new DirectionalLight(Vec3.UNIT_Y, Color.WHITE, 1);
        assertThat(Interpolators.LIGHT.interpolate(point, sun, 0.9)).isSameAs(point);
        assertThat(Interpolators.LIGHT.interpolate(point, sun, 1)).isSameAs(sun);
    }

    @Test
    void scalarsVectorsAndColoursLerp() {
        assertThat(Interpolators.DOUBLE.interpolate(2.0, 4.0, 0.25)).isEqualTo(2.5);
        assertThat(Interpolators.VEC3.interpolate(Vec3.ZERO, new Vec3(4, 8, 12), 0.25)).isEqualTo(new Vec3(1, 2, 3));
        assertThat(Interpolators.COLOR.interpolate(Color.BLACK, Color.WHITE, 0.5)).isEqualTo(new Color(0.5, 0.5, 0.5));
    }

    private static void assertRotation(Quat actual, Quat expected) {
        // q and -q are one rotation
        assertThat(Math.abs(actual.normalize().dot(expected.normalize()))).isCloseTo(1, within(EPSILON));
    }
}
