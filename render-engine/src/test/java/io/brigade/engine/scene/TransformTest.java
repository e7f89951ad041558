package io.brigade.engine.scene;

import io.brigade.engine.math.Mat4;
import io.brigade.engine.math.Quat;
import io.brigade.engine.math.Vec3;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class TransformTest {

    private static final double EPSILON = 1e-12;

    @Test
    void matrixIsTranslationRotationScale() {
        Transform t = new Transform(new Vec3(1, 2, 3), Quat.fromAxisAngle(Vec3.UNIT_Y, 90), new Vec3(2, 2, 2));
        assertThat(t.toMatrix()).isEqualTo(Mat4.trs(t.translation(), t.rotation(), t.scale()));
        Vec3 p = t.toMatrix().transformPoint(Vec3.UNIT_X); // scaled to 2, turned to -Z, moved
        assertThat(p.x()).isCloseTo(1, within(EPSILON));
        assertThat(p.y()).isCloseTo(2, within(EPSILON));
        assertThat(p.z()).isCloseTo(1, within(EPSILON));
    }

    @Test
    void identityLeavesPointsAlone() {
        assertThat(Transform.IDENTITY.toMatrix()).isEqualTo(Mat4.IDENTITY);
    }

    @Test
    void interpolationLerpsTranslationAndScaleAndSlerpsRotation() {
        Transform a = Transform.IDENTITY;
        Transform b = new Transform(new Vec3(2, 0, 0), Quat.fromAxisAngle(Vec3.UNIT_Z, 90), new Vec3(3, 3, 3));
        Transform mid = Transform.INTERPOLATOR.interpolate(a, b, 0.5);
        assertThat(mid.translation()).isEqualTo(new Vec3(1, 0, 0));
        assertThat(mid.scale()).isEqualTo(new Vec3(2, 2, 2));
        assertThat(Math.abs(mid.rotation().dot(Quat.fromAxisAngle(Vec3.UNIT_Z, 45)))).isCloseTo(1, within(EPSILON));
    }

    @Test
    void eulerFactoryMatchesQuatFromEulerDegrees() {
        assertThat(Transform.of(Vec3.ZERO, new Vec3(10, 20, 30), Vec3.ONE).rotation())
                .isEqualTo(Quat.fromEulerDegrees(10, 20, 30));
    }

    @Test
    void rejectsNonFiniteComponents() {
        assertThatThrownBy(() -> Transform.translation(new Vec3(Double.NaN, 0, 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("transform components must be finite");
    }
}
