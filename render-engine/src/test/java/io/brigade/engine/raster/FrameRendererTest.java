package io.brigade.engine.raster;

import io.brigade.engine.camera.Camera;
import io.brigade.engine.math.Color;
import io.brigade.engine.math.Mat4;
import io.brigade.engine.math.Quat;
import io.brigade.engine.math.Vec3;
import io.brigade.engine.scene.Background;
import io.brigade.engine.scene.DrawItem;
import io.brigade.engine.scene.FramePose;
import io.brigade.engine.scene.RenderSettings;
import io.brigade.engine.schedule.CancellationToken;
import io.brigade.engine.schedule.RenderCancelledException;
import io.brigade.engine.shading.ShadingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FrameRendererTest {

    private static final Color RED = new Color(1, 0, 0);
    private static final Color BLUE = new Color(0, 0, 1);
    private static final Color SKY = new Color(0.5, 0.7, 1.0);
    private static final RenderSettings SMALL = new RenderSettings(80, 60, 24, 0, 0, 1, ShadingMode.PHONG,
            Background.solid(SKY), false);

    @Test
    void nearerSurfaceWinsWhateverTheDrawingOrder() {
        DrawItem nearRed = TestPoses.item(0, TestPoses.square(0.5f), RED, Mat4.IDENTITY);
        DrawItem farBlue = TestPoses.item(1, TestPoses.square(-0.5f), BLUE, Mat4.translation(new Vec3(0.5, 0, 0)));
        RenderedFrame redFirst = render(List.of(nearRed, farBlue), SMALL);
        RenderedFrame blueFirst = render(List.of(farBlue, nearRed), SMALL);

        assertThat(redFirst.samePixels(blueFirst)).isTrue();
        int centre = redFirst.argb(40, 30);
        assertThat(red(centre)).isGreaterThan(200);
        assertThat(blue(centre)).isZero();
        // right of the red square only the blue one is visible
        int right = redFirst.argb(58, 30);
        assertThat(blue(right)).isGreaterThan(150);
        assertThat(red(right)).isZero();
    }

    @Test
    void backFacesAreCulled() {
        DrawItem turnedAway = TestPoses.item(0, TestPoses.square(0), RED,
                Mat4.rotation(Quat.fromAxisAngle(Vec3.UNIT_Y, 180)));
        RenderedFrame frame = render(List.of(turnedAway), SMALL);
        assertThat(frame.argb(40, 30)).isEqualTo(SKY.toArgb());
        assertThat(frame.stats().trianglesRasterized()).isZero();
    }

    @Test
    void floorReachingBehindTheCameraIsClippedAtTheNearPlane() {
        // The camera stands on a huge floor looking at the horizon: most floor triangles cross the near plane.
        Camera camera = new Camera(new Vec3(0, 1, 0), new Vec3(0, 1, -10), Vec3.UNIT_Y, 60, 0.1, 1000);
        DrawItem floor = TestPoses.item(0, TestPoses.floor(0, 400, 8), RED, Mat4.IDENTITY);
        FramePose pose = new FramePose(0, camera,
                List.of(new io.brigade.engine.shading.DirectionalLight(new Vec3(0, -1, 0), Color.WHITE, 1)),
                Color.BLACK, List.of(floor));
        RenderedFrame frame = new FrameRenderer().render(pose, SMALL, CancellationToken.NONE);

        for (int x = 0; x < SMALL.width(); x++) {
            assertThat(frame.argb(x, SMALL.height() - 1)).as("bottom row, x=%d", x).isEqualTo(RED.toArgb());
            assertThat(frame.argb(x, 0)).as("top row, x=%d", x).isEqualTo(SKY.toArgb());
        }
        assertThat(frame.stats().trianglesRasterized()).isPositive();
    }

    @Test
    void objectEntirelyBehindTheCameraDrawsNothing() {
        DrawItem behind = TestPoses.item(0, TestPoses.square(0), RED, Mat4.translation(new Vec3(0, 0, 10)));
        RenderedFrame frame = render(List.of(behind), SMALL);
        assertThat(frame.stats().samplesShaded()).isZero();
    }

    @ParameterizedTest
    @CsvSource({"FLAT, 1", "FLAT, 2", "GOURAUD, 1", "GOURAUD, 3", "PHONG, 1", "PHONG, 2"})
    void sameFrameTwiceOnAnotherThreadAndInTilesIsBitIdentical(ShadingMode mode, int antiAliasing) throws Exception {
        RenderSettings settings = SMALL.withShading(mode).withAntiAliasing(antiAliasing).withWireframe(true)
                .withBackground(new Background(SKY, Color.BLACK));
        List<DrawItem> items = List.of(
                TestPoses.item(0, TestPoses.floor(-1, 6, 5), RED, Mat4.IDENTITY),
                TestPoses.item(1, TestPoses.square(0), BLUE, Mat4.rotation(Quat.fromEulerDegrees(20, 35, 5))));
        RenderedFrame first = render(items, settings);
        RenderedFrame again = render(items, settings);
        RenderedFrame elsewhere = CompletableFuture.supplyAsync(() -> render(items, settings)).get();
        int[] tiled = new int[settings.width() * settings.height()];
        FrameRenderer renderer = new FrameRenderer();
        FramePose pose = TestPoses.pose(TestPoses.FRONT_CAMERA, items);
        for (int y = 0; y < settings.height(); y += 16) {
            for (int x = 0; x < settings.width(); x += 24) {
                Region tile = new Region(x, y, Math.min(x + 24, settings.width()), Math.min(y + 16, settings.height()));
                renderer.render(pose, settings, tile, tiled, CancellationToken.NONE);
            }
        }

        assertThat(again.samePixels(first)).isTrue();
        assertThat(elsewhere.samePixels(first)).isTrue();
        assertThat(tiled).isEqualTo(first.copyPixels());
    }

    @ParameterizedTest
    @EnumSource(ShadingMode.class)
    void everyShadingModeLightsAFlatSquareAlike(ShadingMode mode) {
        // ambient 0.1 + head light 1.0 (ndl = 1) on a 0.5 grey square without highlights: 0.5 * 1.1 = 0.55
        DrawItem grey = TestPoses.item(0, TestPoses.square(0), new Color(0.5, 0.5, 0.5), Mat4.IDENTITY);
        RenderedFrame frame = render(List.of(grey), SMALL.withShading(mode));
        assertThat(frame.argb(40, 30)).isEqualTo(new Color(0.55, 0.55, 0.55).toArgb());
    }

    @Test
    void texturesArePerspectiveCorrect() {
        // A floor quad from z = 0 to z = -40 with the texture's near half black and far half white.
        io.brigade.engine.geometry.Mesh quad = io.brigade.engine.geometry.Mesh.of(
                new float[] {-1, 0, 0, 1, 0, 0, 1, 0, -40, -1, 0, -40}, null,
                new float[] {0, 0, 1, 0, 1, 1, 0, 1}, new int[] {0, 1, 2, 0, 2, 3});
        io.brigade.engine.shading.Texture halves = io.brigade.engine.shading.Texture.of("halves", 1, 2,
                new int[] {0xffffffff, 0xff000000}, io.brigade.engine.shading.WrapMode.CLAMP);
        io.brigade.engine.shading.Material lit = new io.brigade.engine.shading.Material("t", Color.WHITE, Color.BLACK, 1, halves);
        DrawItem floor = new DrawItem(0, "floor", io.brigade.engine.geometry.Model.of(
                new io.brigade.engine.geometry.MeshPart("p", quad, lit)), Mat4.IDENTITY);
        Camera camera = new Camera(new Vec3(0, 1, 1), new Vec3(0, 1, -1), Vec3.UNIT_Y, 90, 0.1, 100);
        FramePose pose = new FramePose(0, camera, List.of(), Color.WHITE, List.of(floor));
        RenderSettings settings = new RenderSettings(64, 64, 24, 0, 0, 1, ShadingMode.PHONG, Background.solid(SKY), false);
        RenderedFrame frame = new FrameRenderer().render(pose, settings, CancellationToken.NONE);
        // The texture's midpoint (z = -20) is 21 units ahead and 1 below the eye: ndc y = -1/21, row 32 + 32/21.
        // Linear (affine) interpolation would put the switch far lower, near the screen midpoint of the quad.
        int switchRow = 32 + Math.round(32f / 21);
        assertThat(frame.argb(32, switchRow - 2) & 0xff).as("beyond the midpoint").isGreaterThan(200);
        assertThat(frame.argb(32, switchRow + 2) & 0xff).as("before the midpoint").isLessThan(50);
    }

    @Test
    void cancelledTokenStopsTheRender() {
        CancellationToken token = new CancellationToken();
        token.cancel();
        FramePose pose = TestPoses.pose(TestPoses.FRONT_CAMERA,
                List.of(TestPoses.item(0, TestPoses.square(0), RED, Mat4.IDENTITY)));
        assertThatThrownBy(() -> new FrameRenderer().render(pose, SMALL, token))
                .isInstanceOf(RenderCancelledException.class);
    }

    @Test
    void supersamplingSoftensEdgesIntoIntermediateColours() {
        List<DrawItem> tilted = List.of(TestPoses.item(0, TestPoses.square(0), RED,
                Mat4.rotation(Quat.fromAxisAngle(Vec3.UNIT_Z, 17))));
        RenderedFrame aliased = render(tilted, SMALL);
        RenderedFrame smooth = render(tilted, SMALL.withAntiAliasing(4));
        assertThat(distinctColours(smooth)).isGreaterThan(distinctColours(aliased) + 5);
    }

    private static long distinctColours(RenderedFrame frame) {
        return java.util.Arrays.stream(frame.copyPixels()).distinct().count();
    }

    private static RenderedFrame render(List<DrawItem> items, RenderSettings settings) {
        return new FrameRenderer().render(TestPoses.pose(TestPoses.FRONT_CAMERA, items), settings, CancellationToken.NONE);
    }

    private static int red(int argb) {
        return (argb >> 16) & 0xff;
    }

    private static int blue(int argb) {
        return argb & 0xff;
    }
}
