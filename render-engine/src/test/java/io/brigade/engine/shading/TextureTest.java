package io.brigade.engine.shading;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Random;

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

    /** The batched path takes other routes (masks for power-of-two repeat, fixed point): it must not change a bit. */
    @ParameterizedTest
    @CsvSource({"16, 8, REPEAT", "12, 5, REPEAT", "16, 8, CLAMP", "7, 3, CLAMP", "1, 1, REPEAT"})
    void aBatchSamplesExactlyAsOneSampleAtATimeTimesTheTint(int width, int height, WrapMode wrap) {
        Random random = new Random(width * 31L + height);
        int[] texels = new int[width * height];
        for (int i = 0; i < texels.length; i++) {
            texels[i] = 0xff000000 | random.nextInt(0x1000000);
        }
        Texture texture = Texture.of("noise", width, height, texels, wrap);
        ShadingSpan span = new ShadingSpan(500);
        span.count = span.capacity;
        for (int i = 0; i < span.count; i++) { // over several repeats, negative too, and exact texel edges
            span.u[i] = i % 10 == 0 ? (i / 10 - 20) / (float) width : random.nextFloat() * 6 - 3;
            span.v[i] = i % 10 == 0 ? (i / 10 - 20) / (float) height : random.nextFloat() * 6 - 3;
        }
        float tintR = 0.8f, tintG = 0.7f, tintB = 0.6f;

        texture.sample(span, tintR, tintG, tintB);

        float[] rgb = new float[3];
        for (int i = 0; i < span.count; i++) {
            texture.sample(span.u[i], span.v[i], rgb);
            assertThat(new float[] {span.red[i], span.green[i], span.blue[i]}).as("sample %d at (%s, %s)", i, span.u[i], span.v[i])
                    .containsExactly(rgb[0] * tintR, rgb[1] * tintG, rgb[2] * tintB);
        }
    }
}
