package io.brigade.engine.shading;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TextureTest {

    private static final float EPS = 1e-5f;
    // 2x1: black on the left, white on the right
    private static final Texture RAMP = Texture.of("ramp", 2, 1, new int[] {0xff000000, 0xffffffff}, WrapMode.CLAMP);

    @Test
    void texelCentresReturnTheirOwnColour() {
        float[] rgb = new float[3];
        RAMP.sample(0.25f, 0.5f, rgb);
        assertThat(rgb[0]).isCloseTo(0, within(EPS));
        RAMP.sample(0.75f, 0.5f, rgb);
        assertThat(rgb[0]).isCloseTo(1, within(EPS));
    }

    @Test
    void halfwayBetweenTexelCentresBlendsBilinearly() {
        float[] rgb = new float[3];
        RAMP.sample(0.5f, 0.5f, rgb);
        assertThat(rgb[1]).isCloseTo(0.5f, within(EPS));
    }

    @Test
    void clampRepeatsTheEdgeWhileRepeatWrapsAround() {
        float[] rgb = new float[3];
        RAMP.sample(1.2f, 0.5f, rgb);
        assertThat(rgb[2]).isCloseTo(1, within(EPS));
        RAMP.withWrap(WrapMode.REPEAT).sample(1.25f, 0.5f, rgb);
        assertThat(rgb[2]).isCloseTo(0, within(EPS));
    }
}
