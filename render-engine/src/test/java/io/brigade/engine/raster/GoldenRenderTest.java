package io.brigade.engine.raster;

import io.brigade.engine.camera.Camera;
import io.brigade.engine.geometry.Mesh;
import io.brigade.engine.geometry.MeshPart;
import io.brigade.engine.geometry.Model;
import io.brigade.engine.geometry.primitive.Primitives;
import io.brigade.engine.math.Color;
import io.brigade.engine.math.Mat4;
import io.brigade.engine.math.Quat;
import io.brigade.engine.math.Vec3;
import io.brigade.engine.scene.Background;
import io.brigade.engine.scene.DrawItem;
import io.brigade.engine.scene.FramePose;
import io.brigade.engine.scene.RenderSettings;
import io.brigade.engine.schedule.CancellationToken;
import io.brigade.engine.shading.DirectionalLight;
import io.brigade.engine.shading.Material;
import io.brigade.engine.shading.PointLight;
import io.brigade.engine.shading.ShadingMode;
import io.brigade.engine.shading.Texture;
import io.brigade.engine.shading.WrapMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Small renders of a fixed still life compared with committed reference images (see {@link GoldenImage}). */
class GoldenRenderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "teapot-flat,     FLAT,    1, false",
            "teapot-gouraud,  GOURAUD, 1, false",
            "teapot-phong,    PHONG,   1, false",
            "teapot-phong-aa, PHONG,   3, false",
            "teapot-wire,     PHONG,   2, true"})
    void stillLifeMatchesItsReference(String name, ShadingMode shading, int antiAliasing, boolean wireframe) throws IOException {
        RenderSettings settings = new RenderSettings(128, 80, 24, 0, 0, antiAliasing, shading,
                new Background(new Color(0.3, 0.35, 0.45), new Color(0.05, 0.05, 0.08)), wireframe);
        RenderedFrame frame = new FrameRenderer().render(stillLife(), settings, CancellationToken.NONE);
        GoldenImage.assertMatches(name, frame);
    }

    /** Odd tiles cut every triangle's rows and the shader's batches at other places than the whole frame does. */
    @ParameterizedTest(name = "{0}, {1}x{1}, wireframe {2}")
    @CsvSource({"FLAT, 1, false", "GOURAUD, 1, false", "PHONG, 1, false", "PHONG, 2, true", "GOURAUD, 3, true"})
    void stillLifeInTilesIsBitIdenticalToTheWholeFrame(ShadingMode shading, int antiAliasing, boolean wireframe) {
        RenderSettings settings = new RenderSettings(128, 80, 24, 0, 0, antiAliasing, shading,
                new Background(new Color(0.3, 0.35, 0.45), new Color(0.05, 0.05, 0.08)), wireframe);
        FramePose pose = stillLife();
        RenderedFrame whole = new FrameRenderer().render(pose, settings, CancellationToken.NONE);
        int[] tiled = new int[settings.width() * settings.height()];
        FrameRenderer renderer = new FrameRenderer();
        for (int y = 0; y < settings.height(); y += 13) {
            for (int x = 0; x < settings.width(); x += 29) {
                Region tile = new Region(x, y, Math.min(x + 29, settings.width()), Math.min(y + 13, settings.height()));
                renderer.render(pose, settings, tile, tiled, CancellationToken.NONE);
            }
        }

        assertThat(tiled).isEqualTo(whole.copyPixels());
    }

    private static FramePose stillLife() {
        Material copper = new Material("copper", new Color(0.85, 0.45, 0.2), new Color(0.6, 0.6, 0.6), 60, null);
        Material checker = new Material("checker", Color.WHITE, new Color(0.1, 0.1, 0.1), 8, checkerTexture());
        List<DrawItem> items = List.of(
                item(0, Primitives.plane(6, 6, 2, 2), checker, Mat4.translation(new Vec3(0, -0.79, 0))),
                item(1, Primitives.teapot(6), copper, Mat4.rotation(Quat.fromAxisAngle(Vec3.UNIT_Y, 30))),
                item(2, Primitives.torus(0.5, 0.18, 24, 12), Material.diffuse("green", new Color(0.2, 0.7, 0.3)),
                        Mat4.trs(new Vec3(1.9, -0.3, -0.6), Quat.fromEulerDegrees(60, 0, 0), Vec3.ONE)));
        Camera camera = new Camera(new Vec3(0, 2, 5), new Vec3(0, -0.2, 0), Vec3.UNIT_Y, 45, 0.1, 50);
        return new FramePose(0, camera, List.of(
                new DirectionalLight(new Vec3(-1, -1.5, -1), new Color(1, 0.95, 0.85), 0.9),
                new PointLight(new Vec3(-2.5, 1.5, 2), new Color(0.4, 0.5, 1), 1.2, 3)),
                new Color(0.12, 0.12, 0.15), items);
    }

    private static Texture checkerTexture() {
        int size = 8;
        int[] texels = new int[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                texels[y * size + x] = (x + y) % 2 == 0 ? 0xffe8e0d0 : 0xff505868;
            }
        }
        return Texture.of("checker", size, size, texels, WrapMode.REPEAT);
    }

    private static DrawItem item(int index, Mesh mesh, Material material, Mat4 world) {
        return new DrawItem(index, material.name(), Model.of(new MeshPart("part", mesh, material)), world);
    }
}
