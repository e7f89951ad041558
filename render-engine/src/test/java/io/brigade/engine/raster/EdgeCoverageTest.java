package io.brigade.engine.raster;

import io.brigade.engine.math.Color;
import io.brigade.engine.scene.Background;
import io.brigade.engine.schedule.CancellationToken;
import io.brigade.engine.shading.LightRig;
import io.brigade.engine.shading.Material;
import io.brigade.engine.shading.ShadingMode;
import io.brigade.engine.shading.SurfaceShader;
import io.brigade.engine.math.Vec3;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The top-left rule: triangles that share edges cover every sample of their union exactly once. */
class EdgeCoverageTest {

    private static final int SIZE = 96;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 1234})
    void jitteredGridCoversEverySampleOfItsInteriorExactlyOnce(long seed) {
        Random random = new Random(seed);
        int cells = 7;
        int vertexCount = (cells + 1) * (cells + 1);
        float[] clip = new float[vertexCount * 4];
        for (int j = 0; j <= cells; j++) {
            for (int i = 0; i <= cells; i++) {
                int v = (j * (cells + 1) + i) * 4;
                boolean border = i == 0 || j == 0 || i == cells || j == cells;
                float jitterX = border ? 0 : (random.nextFloat() - 0.5f) * 0.12f;
                float jitterY = border ? 0 : (random.nextFloat() - 0.5f) * 0.12f;
                // w varies per vertex (as with perspective); x, y, z are scaled so the projected point is unchanged
                float w = 0.5f + random.nextFloat();
                clip[v] = (-0.8f + 1.6f * i / cells + jitterX) * w;
                clip[v + 1] = (-0.8f + 1.6f * j / cells + jitterY) * w;
                clip[v + 2] = 0.5f * w;
                clip[v + 3] = w;
            }
        }
        int[] coverage = new int[SIZE * SIZE];
        for (int j = 0; j < cells; j++) {
            for (int i = 0; i < cells; i++) {
                int a = j * (cells + 1) + i, b = a + 1, c = a + cells + 1, d = c + 1;
                boolean flip = random.nextBoolean(); // both diagonals, so edges run every way
                addCoverage(coverage, clip, flip ? new int[] {a, b, d} : new int[] {a, b, c});
                addCoverage(coverage, clip, flip ? new int[] {a, d, c} : new int[] {b, d, c});
            }
        }
        // The union is the square from -0.8 to 0.8 in NDC: samples 9.6 .. 86.4, whose centres (x + 0.5) make 10 .. 85 inclusive.
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                boolean inside = x >= 10 && x <= 85 && y >= 10 && y <= 85;
                assertThat(coverage[y * SIZE + x]).as("coverage of sample %d,%d", x, y).isEqualTo(inside ? 1 : 0);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 8, 17, 50})
    void fanAroundACentreCoversEachSampleOnce(int spokes) {
        float[] clip = new float[(spokes + 1) * 4];
        clip[3] = 1; // centre at the origin
        for (int k = 0; k < spokes; k++) {
            double angle = 2 * Math.PI * k / spokes;
            int v = (k + 1) * 4;
            clip[v] = (float) (0.9 * Math.cos(angle));
            clip[v + 1] = (float) (0.9 * Math.sin(angle));
            clip[v + 3] = 1;
        }
        int[] coverage = new int[SIZE * SIZE];
        for (int k = 0; k < spokes; k++) {
            addCoverage(coverage, clip, new int[] {0, 1 + k, 1 + (k + 1) % spokes});
        }
        for (int count : coverage) {
            assertThat(count).isBetween(0, 1);
        }
        // the centre sample touches every spoke's corner: it still belongs to exactly one triangle
        assertThat(coverage[SIZE / 2 * SIZE + SIZE / 2]).isEqualTo(1);
    }

    /** Draws one triangle alone on a cleared buffer and counts the samples it wrote. */
    private static void addCoverage(int[] coverage, float[] clip, int[] corners) {
        SampleBuffer buffer = new SampleBuffer();
        buffer.prepare(0, 0, SIZE, SIZE);
        buffer.clear(Background.solid(Color.BLACK), SIZE);
        SurfaceShader shader = new SurfaceShader();
        shader.setLights(LightRig.of(List.of(), Color.WHITE, Vec3.ZERO));
        shader.setMaterial(Material.diffuse("white", Color.WHITE));
        TriangleRasterizer rasterizer = new TriangleRasterizer(shader);
        rasterizer.begin(buffer, SIZE, SIZE, 1, ShadingMode.FLAT, false, CancellationToken.NONE);
        float[] flatVaryings = new float[clip.length / 4 * Varyings.FLAT_STRIDE];
        rasterizer.project(clip, clip.length / 4);
        rasterizer.draw(clip, flatVaryings, corners[0], corners[1], corners[2]);
        for (int i = 0; i < coverage.length; i++) {
            if (buffer.depth[i] < SampleBuffer.FAR_DEPTH) {
                coverage[i]++;
            }
        }
    }
}
