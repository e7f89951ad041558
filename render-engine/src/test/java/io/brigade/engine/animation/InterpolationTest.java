package io.brigade.engine.animation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class InterpolationTest {

    private static final double EPSILON = 1e-12;

    @ParameterizedTest
    @CsvSource({
            "STEP, 0, 0", "STEP, 0.5, 0", "STEP, 0.99, 0",
            "LINEAR, 0, 0", "LINEAR, 0.25, 0.25", "LINEAR, 1, 1",
            "SMOOTH, 0, 0", "SMOOTH, 0.25, 0.15625", "SMOOTH, 0.5, 0.5", "SMOOTH, 0.75, 0.84375", "SMOOTH, 1, 1",
    })
    void easesTheSegmentParameter(Interpolation interpolation, double t, double expected) {
        assertThat(interpolation.ease(t)).isCloseTo(expected, within(EPSILON));
    }

    @ParameterizedTest
    @CsvSource({"0.001", "0.999"})
    void smoothStartsAndEndsAtRest(double t) {
        double slope = (Interpolation.SMOOTH.ease(t + 1e-6) - Interpolation.SMOOTH.ease(t - 1e-6)) / 2e-6;
        assertThat(slope).isLessThan(0.01);
    }
}
