package io.brigade.engine.raster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.brigade.engine.animation.Interpolators;
import io.brigade.engine.animation.Keyframe;
import io.brigade.engine.animation.Track;
import io.brigade.engine.geometry.Model;
import io.brigade.engine.geometry.MeshPart;
import io.brigade.engine.math.Color;
import io.brigade.engine.math.Mat4;
import io.brigade.engine.math.Vec3;
import io.brigade.engine.scene.Background;
import io.brigade.engine.scene.DrawItem;
import io.brigade.engine.scene.FramePose;
import io.brigade.engine.scene.MeshSource;
import io.brigade.engine.scene.RenderSettings;
import io.brigade.engine.scene.Scene;
import io.brigade.engine.scene.SceneObject;
import io.brigade.engine.scene.Transform;
import io.brigade.engine.schedule.CancellationToken;
import io.brigade.engine.shading.Material;
import io.brigade.engine.shading.ShadingMode;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PickingTest {

    private static final Color SKY = new Color(0.5, 0.7, 1.0);
    private static final RenderSettings SMALL = new RenderSettings(80, 60, 24, 0, 0, 1, ShadingMode.PHONG,
            Background.solid(SKY), false);
    private static final Color RED = new Color(1, 0, 0);
    private static final Color BLUE = new Color(0, 0, 1);

    private final FrameRenderer renderer = new FrameRenderer();

    private OptionalInt pick(FramePose pose, RenderSettings settings, int x, int y) {
        return renderer.pick(pose, settings, x, y, CancellationToken.NONE);
    }

    @Test
    void theCentreOfAnObjectPicksIt() {
        FramePose pose = TestPoses.pose(TestPoses.FRONT_CAMERA,
                List.of(TestPoses.item(7, TestPoses.square(0), RED, Mat4.IDENTITY)));

        assertThat(pick(pose, SMALL, 40, 30)).hasValue(7);
    }

    @Test
    void theBackgroundPicksNothing() {
        FramePose pose = TestPoses.pose(TestPoses.FRONT_CAMERA,
                List.of(TestPoses.item(0, TestPoses.square(0), RED, Mat4.IDENTITY)));

        assertThat(pick(pose, SMALL, 2, 2)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void theNearestSurfaceWinsWhateverTheDrawingOrder(boolean nearFirst) {
        DrawItem near = TestPoses.item(0, TestPoses.square(0.5f), RED, Mat4.IDENTITY);
        DrawItem behind = TestPoses.item(1, TestPoses.square(-0.5f), BLUE, Mat4.IDENTITY);
        FramePose pose = TestPoses.pose(TestPoses.FRONT_CAMERA, nearFirst ? List.of(near, behind) : List.of(behind, near));

        assertThat(pick(pose, SMALL, 40, 30)).hasValue(0);
    }

    @Test
    void everyPixelPicksWhatTheRenderDrawsThere() {
        DrawItem red = TestPoses.item(0, TestPoses.square(0.5f), RED, Mat4.IDENTITY);
        DrawItem blue = TestPoses.item(1, TestPoses.square(-0.5f), BLUE, Mat4.translation(new Vec3(0.7, 0.4, 0)));
        FramePose pose = TestPoses.pose(TestPoses.FRONT_CAMERA, List.of(red, blue));
        RenderedFrame frame = renderer.render(pose, SMALL, CancellationToken.NONE);

        for (int y = 0; y < SMALL.height(); y++) {
            for (int x = 0; x < SMALL.width(); x++) {
                int argb = frame.argb(x, y);
                OptionalInt expected = argb == SKY.toArgb() ? OptionalInt.empty()
                        : OptionalInt.of((argb & 0xff) > ((argb >> 16) & 0xff) ? 1 : 0);
                assertThat(pick(pose, SMALL, x, y)).as("pixel %d,%d", x, y).isEqualTo(expected);
            }
        }
    }

    @Test
    void anAnimatedObjectIsPickedWhereItIsAtThatFrame() {
        Scene scene = sceneWithSquareMovingRight();
        RenderSettings settings = scene.settings();

        assertThat(pick(scene.poseAt(0), settings, 40, 30)).hasValue(0);
        assertThat(pick(scene.poseAt(24), settings, 40, 30)).isEmpty();
        assertThat(pick(scene.poseAt(24), settings, 65, 30)).hasValue(0);
    }

    @Test
    void aPixelOutsideTheFrameIsRefused() {
        FramePose pose = TestPoses.pose(TestPoses.FRONT_CAMERA, List.of());

        assertThatThrownBy(() -> pick(pose, SMALL, 80, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("80,0").hasMessageContaining("80x60");
    }

    @Test
    void supersampledSettingsPickThePixelCentre() {
        FramePose pose = TestPoses.pose(TestPoses.FRONT_CAMERA,
                List.of(TestPoses.item(3, TestPoses.square(0), RED, Mat4.IDENTITY)));

        assertThat(pick(pose, SMALL.withAntiAliasing(4), 40, 30)).hasValue(3);
    }

    /** One square at the centre at frame 0 that moves 2 units right by frame 24 (one second). */
    private static Scene sceneWithSquareMovingRight() {
        Model model = Model.of(new MeshPart("part", TestPoses.square(0), new Material("m", RED, Color.BLACK, 1, null)));
        Track<Transform> moving = Track.of(Transform.INTERPOLATOR,
                Keyframe.of(0, Transform.IDENTITY),
                Keyframe.of(1, Transform.translation(new Vec3(2, 0, 0))));
        SceneObject square = new SceneObject("square", new MeshSource.ObjFile("square.obj"), model, null, moving, null);
        return new Scene(SMALL.withFrames(0, 24), Track.constant(TestPoses.FRONT_CAMERA, Interpolators.CAMERA),
                List.of(), Scene.DEFAULT_AMBIENT, List.of(square));
    }
}
