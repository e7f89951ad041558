package io.brigade.engine.shading;

import io.brigade.engine.math.Color;
import io.brigade.engine.math.Vec3;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The batched shader: the same colour for a sample wherever it sits in a batch, and the textbook's colour. */
class SurfaceShaderTest {

    private static final int SAMPLES = 517; // odd, so vectorized loops leave a scalar tail
    private static final Vec3 EYE = new Vec3(0.3, 0.5, 4);
    private static final List<Light> LIGHTS = List.of(
            new DirectionalLight(new Vec3(-1, -1.5, -1), new Color(1, 0.95, 0.85), 0.9),
            new PointLight(new Vec3(-2.5, 1.5, 2), new Color(0.4, 0.5, 1), 1.2, 3));
    private static final Color AMBIENT = new Color(0.12, 0.12, 0.15);
    private static final Material SHINY = new Material("shiny", new Color(0.85, 0.45, 0.2), new Color(0.6, 0.6, 0.6), 40, null);
    /** A fractional exponent: highlights from the table rather than by squaring. */
    private static final Material GLOSSY = new Material("glossy", new Color(0.3, 0.5, 0.7), new Color(0.8, 0.8, 0.8), 12.5, null);
    private static final Material MATTE = new Material("matte", new Color(0.8, 0.7, 0.6), Color.BLACK, 1, null);
    private static final Material TEXTURED = new Material("textured", Color.WHITE, new Color(0.1, 0.1, 0.1), 8, checker());

    @ParameterizedTest
    @ValueSource(strings = {"shiny", "glossy", "matte", "textured"})
    void aSampleGetsTheSameColourInABatchAsAlone(String name) {
        SurfaceShader shader = shader(material(name));
        ShadingSpan batch = randomSamples(new ShadingSpan(SAMPLES), 7);
        ShadingSpan alone = new ShadingSpan(1);
        ShadingSpan inputs = randomSamples(new ShadingSpan(SAMPLES), 7);
        shader.light(batch);
        shader.shade(batch);

        for (int i = 0; i < SAMPLES; i++) {
            copySample(inputs, i, alone);
            shader.light(alone);
            shader.shade(alone);
            assertThat(alone.argb[0]).as("sample %d", i).isEqualTo(batch.argb[i]);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"shiny", "glossy", "matte"})
    void colourIsTheTextbookBlinnPhongWithinOneLevel(String name) {
        Material material = material(name);
        SurfaceShader shader = shader(material);
        ShadingSpan batch = randomSamples(new ShadingSpan(SAMPLES), 11);
        ShadingSpan inputs = randomSamples(new ShadingSpan(SAMPLES), 11);
        shader.light(batch);
        shader.shade(batch);

        for (int i = 0; i < SAMPLES; i++) {
            int expected = textbook(material, inputs, i);
            for (int shift = 0; shift <= 16; shift += 8) {
                int got = (batch.argb[i] >> shift) & 0xff, want = (expected >> shift) & 0xff;
                assertThat(Math.abs(got - want)).as("sample %d, channel at bit %d", i, shift).isLessThanOrEqualTo(1);
            }
            assertThat(batch.argb[i] >>> 24).isEqualTo(0xff);
        }
    }

    @Test
    void aZeroNormalGetsOnlyAmbientLight() {
        SurfaceShader shader = shader(MATTE);
        ShadingSpan span = new ShadingSpan(1);
        span.count = 1;
        span.px[0] = 1; // far from the point light
        shader.light(span);

        assertThat(span.diffuseR[0]).isEqualTo((float) AMBIENT.r());
        assertThat(span.diffuseB[0]).isEqualTo((float) AMBIENT.b());
    }

    @Test
    void packingClampsAndRoundsToTheNearestLevel() {
        assertThat(SurfaceShader.pack(-0.5f, 2f, 0.5f)).isEqualTo(0xff00ff80);
        assertThat(SurfaceShader.pack(Float.NaN, 1f / 255f, 0.499f / 255f)).isEqualTo(0xff000100);
    }

    /** Double precision, pow() for the highlight, no batching: Blinn-Phong as the books write it. */
    private static int textbook(Material m, ShadingSpan s, int i) {
        Vec3 n = new Vec3(s.nx[i], s.ny[i], s.nz[i]).normalize();
        Vec3 p = new Vec3(s.px[i], s.py[i], s.pz[i]);
        Vec3 view = EYE.minus(p).normalize();
        double[] diffuse = {AMBIENT.r(), AMBIENT.g(), AMBIENT.b()};
        double[] specular = new double[3];
        for (Light light : LIGHTS) {
            Vec3 towards;
            Color c;
            double strength;
            if (light instanceof DirectionalLight d) {
                towards = d.direction().negate().normalize();
                c = d.color();
                strength = d.intensity();
            } else {
                PointLight point = (PointLight) light;
                Vec3 l = point.position().minus(p);
                towards = l.normalize();
                c = point.color();
                strength = point.intensity() / (1 + l.dot(l) / (point.range() * point.range()));
            }
            double ndl = n.dot(towards);
            if (ndl <= 0) {
                continue;
            }
            double highlight = Math.pow(Math.max(0, n.dot(towards.plus(view).normalize())), m.shininess());
            double[] rgb = {c.r() * strength, c.g() * strength, c.b() * strength};
            for (int k = 0; k < 3; k++) {
                diffuse[k] += rgb[k] * ndl;
                specular[k] += rgb[k] * highlight;
            }
        }
        double[] kd = {m.diffuse().r(), m.diffuse().g(), m.diffuse().b()};
        double[] ks = {m.specular().r(), m.specular().g(), m.specular().b()};
        int argb = 0xff000000;
        for (int k = 0; k < 3; k++) {
            double v = Math.min(1, Math.max(0, kd[k] * diffuse[k] + ks[k] * specular[k]));
            argb |= (int) Math.round(v * 255) << (16 - 8 * k);
        }
        return argb;
    }

    private static SurfaceShader shader(Material material) {
        SurfaceShader shader = new SurfaceShader();
        shader.setLights(LightRig.of(LIGHTS, AMBIENT, EYE));
        shader.setMaterial(material);
        return shader;
    }

    private static Material material(String name) {
        return switch (name) {
            case "shiny" -> SHINY;
            case "glossy" -> GLOSSY;
            case "matte" -> MATTE;
            default -> TEXTURED;
        };
    }

    /** Normals of any length facing every way, positions around the origin, uvs over a few repeats. */
    private static ShadingSpan randomSamples(ShadingSpan s, long seed) {
        Random random = new Random(seed);
        s.count = s.capacity;
        for (int i = 0; i < s.count; i++) {
            float scale = 0.1f + 3 * random.nextFloat();
            s.nx[i] = (random.nextFloat() * 2 - 1) * scale;
            s.ny[i] = (random.nextFloat() * 2 - 1) * scale;
            s.nz[i] = (random.nextFloat() * 2 - 1) * scale;
            s.px[i] = random.nextFloat() * 4 - 2;
            s.py[i] = random.nextFloat() * 4 - 2;
            s.pz[i] = random.nextFloat() * 2 - 1;
            s.u[i] = random.nextFloat() * 3 - 1;
            s.v[i] = random.nextFloat() * 3 - 1;
        }
        return s;
    }

    private static void copySample(ShadingSpan from, int i, ShadingSpan to) {
        to.count = 1;
        to.nx[0] = from.nx[i];
        to.ny[0] = from.ny[i];
        to.nz[0] = from.nz[i];
        to.px[0] = from.px[i];
        to.py[0] = from.py[i];
        to.pz[0] = from.pz[i];
        to.u[0] = from.u[i];
        to.v[0] = from.v[i];
    }

    private static Texture checker() {
        int[] texels = new int[16];
        for (int i = 0; i < texels.length; i++) {
            texels[i] = (i + i / 4) % 2 == 0 ? 0xffe8e0d0 : 0xff505868;
        }
        return Texture.of("checker", 4, 4, texels, WrapMode.REPEAT);
    }
}
