package io.brigade.engine.shading;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class InverseSqrtTest {

    /** Far below 1/255, the smallest colour step. */
    private static final double RELATIVE_TOLERANCE = 1e-5;

    @ParameterizedTest
    @ValueSource(floats = {1e-12f, 1e-6f, 0.01f, 0.5f, 1f, 2f, 3f, 1000f, 1e6f, 3.4e30f})
    void agreesWithTheExactValue(float x) {
        double exact = 1 / Math.sqrt(x);
        assertThat((double) SurfaceShader.inverseSqrt(x)).isCloseTo(exact, within(exact * RELATIVE_TOLERANCE));
    }
}
