package io.brigade.app.edit;

import static org.assertj.core.api.Assertions.assertThat;

import io.brigade.app.testing.SampleScenes;
import io.brigade.engine.animation.Interpolation;
import io.brigade.engine.animation.Interpolators;
import io.brigade.engine.animation.Keyframe;
import io.brigade.engine.animation.Track;
import io.brigade.engine.camera.Camera;
import io.brigade.engine.math.Vec3;
import io.brigade.engine.scene.Scene;
import org.junit.jupiter.api.Test;

class CameraEditsTest {

    private static final Camera MOVED = new Camera(new Vec3(4, 2, 4), new Vec3(0, 1, 0), Vec3.UNIT_Y, 36, 0.1, 100);

    private final Scene scene = SampleScenes.teapotTurntable();
    private final Camera original = scene.camera().valueAt(0);

    @Test
    void aStillCameraMovesAsAWhole() {
        Scene moved = CameraEdits.withCameraAt(scene, 1.5, MOVED);

        assertThat(moved.camera().isConstant()).isTrue();
        assertThat(moved.camera().valueAt(0)).isEqualTo(MOVED);
        assertThat(moved.camera().valueAt(3)).isEqualTo(MOVED);
    }

    @Test
    void anAnimatedCameraGetsAKeyAtTheTimeAndKeepsTheOthers() {
        Scene animated = scene.withCamera(Track.of(Interpolators.CAMERA, Keyframe.of(0, original),
                Keyframe.of(2, original.withPosition(new Vec3(0, 5, 9)))));

        Scene moved = CameraEdits.withCameraAt(animated, 1, MOVED);

        assertThat(moved.camera().keys()).hasSize(3);
        assertThat(moved.camera().valueAt(1)).isEqualTo(MOVED);
        assertThat(moved.camera().valueAt(0)).isEqualTo(original);
        assertThat(moved.camera().valueAt(2)).isEqualTo(animated.camera().valueAt(2));
    }

    @Test
    void aKeyAlreadyAtTheTimeTakesTheCameraAndKeepsItsEasing() {
        Scene animated = easingSmoothlyFromTheFirstKey();

        Scene moved = CameraEdits.withCameraAt(animated, 0, MOVED);

        assertThat(moved.camera().keys()).hasSize(2);
        assertThat(moved.camera().keys().get(0).value()).isEqualTo(MOVED);
        assertThat(moved.camera().keys().get(0).interpolation()).isEqualTo(Interpolation.SMOOTH);
    }

    @Test
    void aNewKeyEasesOnAsTheSegmentItSplitsDid() {
        Scene animated = easingSmoothlyFromTheFirstKey();

        Scene moved = CameraEdits.withCameraAt(animated, 1, MOVED);

        assertThat(moved.camera().keys()).extracting(Keyframe::interpolation)
                .containsExactly(Interpolation.SMOOTH, Interpolation.SMOOTH, Interpolation.LINEAR);
    }

    /** The camera animated over two keys, the first easing smoothly on to the second. */
    private Scene easingSmoothlyFromTheFirstKey() {
        return scene.withCamera(Track.of(Interpolators.CAMERA,
                Keyframe.of(0, original).withInterpolation(Interpolation.SMOOTH),
                Keyframe.of(2, original.withPosition(new Vec3(0, 5, 9)))));
    }
}
