package io.brigade.engine.scene.json;

import io.brigade.engine.math.Quat;
import io.brigade.engine.math.Vec3;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class EulerAnglesTest {

    private static final double ROTATION_EPSILON = 1e-12;

    @ParameterizedTest
    @CsvSource({
            "0, 0, 0, 0, 0, 0",
            "10, 20, 30, 0, 0, 0",
            "-12.5, 33.25, 7, 0, 0, 0",
            "0, 270, 0, 0, 180, 0",      // past the canonical range, kept because the previous key was near
            "0, 360, 0, 0, 270, 0",
            "0, 720, 0, 0, 700, 0",
            "20, 240, 0, 20, 120, 0",
            "0, 90, 0, 0, 0, 0",         // gimbal lock
            "0, -90, 0, 0, 0, 0",
            "30, 90, 45, 30, 90, 45",    // gimbal lock: X kept from the previous key, so Z is recovered too
            "170, 10, -170, 170, 10, -170",
            "185, 0, 0, 170, 0, 0",
    })
    void givesBackTheWrittenAnglesWhenThePreviousKeyIsNear(double x, double y, double z, double refX, double refY, double refZ) {
        Quat q = Quat.fromEulerDegrees(x, y, z);
        assertThat(EulerAngles.nearest(q, new Vec3(refX, refY, refZ))).isEqualTo(new Vec3(x, y, z));
    }

    @Test
    void anyRotationComesBackAsTheSameRotation() {
        Random random = new Random(42);
        for (int i = 0; i < 10_000; i++) {
            Quat q = new Quat(random.nextGaussian(), random.nextGaussian(), random.nextGaussian(), random.nextGaussian()).normalize();
            Vec3 reference = new Vec3(random.nextDouble() * 720 - 360, random.nextDouble() * 720 - 360, random.nextDouble() * 720 - 360);
            Vec3 e = EulerAngles.nearest(q, reference);
            Quat back = Quat.fromEulerDegrees(e.x(), e.y(), e.z());
            assertThat(Math.abs(back.dot(q))).as("%s near %s gave %s", q, reference, e).isCloseTo(1, within(ROTATION_EPSILON));
            assertThat(Math.abs(e.x() - reference.x())).isLessThanOrEqualTo(180 + 1e-9);
            assertThat(Math.abs(e.z() - reference.z())).isLessThanOrEqualTo(180 + 1e-9);
        }
    }

    @Test
    void nearGimbalLockTheRotationStillComesBack() {
        for (double y : new double[]{89.9999999, 90, 90.0000001, -89.99999999, -90}) {
            Quat q = Quat.fromEulerDegrees(40, y, -25);
            Vec3 e = EulerAngles.nearest(q, Vec3.ZERO);
            Quat back = Quat.fromEulerDegrees(e.x(), e.y(), e.z());
            assertThat(Math.abs(back.dot(q))).as("y = %s gave %s", y, e).isCloseTo(1, within(1e-9));
        }
    }
}
