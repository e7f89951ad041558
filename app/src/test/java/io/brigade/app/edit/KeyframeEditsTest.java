package io.brigade.app.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.brigade.app.testing.SampleScenes;
import io.brigade.engine.animation.Interpolation;
import io.brigade.engine.animation.Interpolators;
import io.brigade.engine.animation.Keyframe;
import io.brigade.engine.animation.Track;
import io.brigade.engine.camera.Camera;
import io.brigade.engine.math.Color;
import io.brigade.engine.math.Quat;
import io.brigade.engine.math.Vec3;
import io.brigade.engine.scene.Scene;
import io.brigade.engine.scene.StandardAssetResolver;
import io.brigade.engine.scene.Transform;
import io.brigade.engine.scene.json.SceneFiles;
import io.brigade.engine.shading.Light;
import io.brigade.engine.shading.PointLight;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class KeyframeEditsTest {

    private static final double ROUNDING = 1e-12;

    private final Scene scene = SampleScenes.teapotTurntable(); // 24 fps; the teapot has keys at 0, 1, 2, 3, 4 s
    private final AnimatedPart.ObjectPart teapot = new AnimatedPart.ObjectPart(scene.indexOfObject("teapot"));
    private final AnimatedPart.ObjectPart floor = new AnimatedPart.ObjectPart(scene.indexOfObject("floor"));
    private final AnimatedPart.CameraPart camera = new AnimatedPart.CameraPart();
    private final AnimatedPart.LightPart rim = new AnimatedPart.LightPart(2);

    @Test
    void keysLieAtTheirFrames() {
        assertThat(KeyframeEdits.keyFrames(scene, teapot)).containsExactly(0.0, 24.0, 48.0, 72.0, 96.0);
        assertThat(KeyframeEdits.keyFrames(scene, floor)).containsExactly(0.0);
        assertThat(KeyframeEdits.keyIndexAt(scene, teapot, 48)).hasValue(2);
        assertThat(KeyframeEdits.keyIndexAt(scene, teapot, 47)).isEmpty();
    }

    @Test
    void aKeyWrittenInRoundedSecondsStillBelongsToItsFrame() {
        Track<Transform> track = teapot.track(scene).withKey(Keyframe.of(0.333333, Transform.IDENTITY));
        Scene rounded = teapot.withTrack(scene, track);

        assertThat(KeyframeEdits.keyIndexAt(rounded, teapot, 8)).hasValue(1);
        assertThat(KeyframeEdits.nextKeyFrame(rounded, teapot, 0)).hasValue(8);
    }

    @ParameterizedTest(name = "from frame {0}: previous {1}, next {2}")
    @CsvSource({"0, -1, 24", "10, 0, 24", "24, 0, 48", "50, 48, 72", "95, 72, 96"})
    void previousAndNextKeysAreTheNearestOnEachSide(int frame, int previous, int next) {
        assertThat(KeyframeEdits.previousKeyFrame(scene, teapot, frame))
                .isEqualTo(previous < 0 ? OptionalInt.empty() : OptionalInt.of(previous));
        assertThat(KeyframeEdits.nextKeyFrame(scene, teapot, frame)).hasValue(next);
    }

    @Test
    void addingAKeyHoldsTheValueThereSoNothingMoves() throws InvalidEditException {
        Scene keyed = KeyframeEdits.withKeyAt(scene, teapot, 12);

        assertThat(KeyframeEdits.keyFrames(keyed, teapot)).containsExactly(0.0, 12.0, 24.0, 48.0, 72.0, 96.0);
        for (int frame = 0; frame <= 96; frame += 3) {
            assertSamePlacement(KeyframeEdits.valueAt(keyed, teapot, frame),
                    KeyframeEdits.valueAt(scene, teapot, frame));
        }
    }

    /** Splitting a linear turn in two leaves the same turn, up to the rounding of the slerp. */
    private static void assertSamePlacement(Transform actual, Transform expected) {
        assertThat(actual.translation()).isEqualTo(expected.translation());
        assertThat(actual.scale()).isEqualTo(expected.scale());
        Quat a = actual.rotation();
        Quat e = expected.rotation();
        assertThat(new double[] {a.x(), a.y(), a.z(), a.w()})
                .containsExactly(new double[] {e.x(), e.y(), e.z(), e.w()}, within(ROUNDING));
    }

    @Test
    void aNewKeyEasesAsTheSegmentItSplits() throws InvalidEditException {
        Scene smooth = KeyframeEdits.withInterpolationAt(scene, teapot, 24, Interpolation.SMOOTH);

        Scene keyed = KeyframeEdits.withKeyAt(smooth, teapot, 30);

        assertThat(KeyframeEdits.interpolationAt(keyed, teapot, 30)).hasValue(Interpolation.SMOOTH);
        assertThat(KeyframeEdits.interpolationAt(keyed, teapot, 48)).hasValue(Interpolation.LINEAR);
    }

    @Test
    void aStillPartKeyedElsewhereBecomesAnimatedWithTheSameValue() throws InvalidEditException {
        Scene keyed = KeyframeEdits.withKeyAt(scene, floor, 10);

        assertThat(KeyframeEdits.isAnimated(keyed, floor)).isTrue();
        assertThat(KeyframeEdits.valueAt(keyed, floor, 10)).isEqualTo(KeyframeEdits.valueAt(scene, floor, 0));
    }

    @Test
    void addingWhereAKeyIsIsRefused() {
        assertThatThrownBy(() -> KeyframeEdits.withKeyAt(scene, teapot, 24))
                .isInstanceOf(InvalidEditException.class).hasMessage("teapot already has a key at frame 24");
    }

    @Test
    void deletingAKeyRemovesOnlyThatKey() throws InvalidEditException {
        Scene deleted = KeyframeEdits.withoutKeyAt(scene, teapot, 48);

        assertThat(KeyframeEdits.keyFrames(deleted, teapot)).containsExactly(0.0, 24.0, 72.0, 96.0);
        assertThat(KeyframeEdits.valueAt(deleted, teapot, 72)).isEqualTo(KeyframeEdits.valueAt(scene, teapot, 72));
    }

    @Test
    void deletingWhereNoKeyIsOrTheOnlyKeyIsRefusedWithTheReason() {
        assertThatThrownBy(() -> KeyframeEdits.withoutKeyAt(scene, teapot, 47))
                .isInstanceOf(InvalidEditException.class).hasMessage("teapot has no key at frame 47");
        assertThatThrownBy(() -> KeyframeEdits.withoutKeyAt(scene, floor, 0))
                .isInstanceOf(InvalidEditException.class)
                .hasMessage("the key at frame 0 is the only key of floor, and a track keeps at least one");
    }

    @Test
    void movingAKeyRetimesItWithItsValueAndEasing() throws InvalidEditException {
        Scene smooth = KeyframeEdits.withInterpolationAt(scene, teapot, 24, Interpolation.SMOOTH);

        Scene moved = KeyframeEdits.withKeyMoved(smooth, teapot, 24, 30);

        assertThat(KeyframeEdits.keyFrames(moved, teapot)).containsExactly(0.0, 30.0, 48.0, 72.0, 96.0);
        assertThat(KeyframeEdits.valueAt(moved, teapot, 30)).isEqualTo(KeyframeEdits.valueAt(scene, teapot, 24));
        assertThat(KeyframeEdits.interpolationAt(moved, teapot, 30)).hasValue(Interpolation.SMOOTH);
    }

    @Test
    void aKeyCannotMoveOntoAnotherOrBeforeTheStart() {
        assertThatThrownBy(() -> KeyframeEdits.withKeyMoved(scene, teapot, 24, 48))
                .isInstanceOf(InvalidEditException.class).hasMessage("teapot already has a key at frame 48");
        assertThatThrownBy(() -> KeyframeEdits.withKeyMoved(scene, teapot, 24, -1))
                .isInstanceOf(InvalidEditException.class).hasMessageContaining("frame -1");
    }

    @ParameterizedTest
    @EnumSource(Interpolation.class)
    void theInterpolationOfOneKeyChangesOnlyThatKey(Interpolation easing) throws InvalidEditException {
        Scene changed = KeyframeEdits.withInterpolationAt(scene, teapot, 48, easing);

        List<Keyframe<Transform>> keys = teapot.track(changed).keys();
        for (int i = 0; i < keys.size(); i++) {
            assertThat(keys.get(i).interpolation()).isEqualTo(i == 2 ? easing : Interpolation.LINEAR);
        }
    }

    @Test
    void aStepKeyHoldsItsValueUntilTheNext() throws InvalidEditException {
        Scene stepped = KeyframeEdits.withInterpolationAt(scene, teapot, 24, Interpolation.STEP);

        assertThat(KeyframeEdits.valueAt(stepped, teapot, 47)).isEqualTo(KeyframeEdits.valueAt(scene, teapot, 24));
    }

    @ParameterizedTest
    @EnumSource(Interpolation.class)
    void everyKeyCanTakeOneInterpolation(Interpolation easing) {
        Scene changed = KeyframeEdits.withInterpolation(scene, teapot, easing);

        assertThat(teapot.track(changed).keys()).allMatch(key -> key.interpolation() == easing);
        assertThat(KeyframeEdits.interpolationOf(changed, teapot)).hasValue(easing);
    }

    @Test
    void mixedInterpolationsHaveNoCommonOneButTheLastKeyDoesNotCount() throws InvalidEditException {
        assertThat(KeyframeEdits.interpolationOf(
                KeyframeEdits.withInterpolationAt(scene, teapot, 24, Interpolation.STEP), teapot)).isEmpty();
        assertThat(KeyframeEdits.interpolationOf(
                KeyframeEdits.withInterpolationAt(scene, teapot, 96, Interpolation.STEP), teapot))
                .hasValue(Interpolation.LINEAR);
    }

    @Test
    void anEditThatChangesNothingGivesBackTheSameScene() throws InvalidEditException {
        assertThat(KeyframeEdits.withInterpolation(scene, teapot, Interpolation.LINEAR)).isSameAs(scene);
        assertThat(KeyframeEdits.withInterpolationAt(scene, teapot, 24, Interpolation.LINEAR)).isSameAs(scene);
        assertThat(KeyframeEdits.withKeyMoved(scene, teapot, 24, 24)).isSameAs(scene);
    }

    @Test
    void theCameraAndLightsAreKeyedLikeObjects() throws InvalidEditException {
        Camera moved = Camera.DEFAULT.withPosition(new Vec3(3, 3, 3));
        Scene animated = KeyframeEdits.withKeyAt(scene, camera, 48);

        Scene keyed = KeyframeEdits.withValueAt(animated, camera, 48, moved);

        assertThat(KeyframeEdits.valueAt(keyed, camera, 48)).isEqualTo(moved);
        assertThat(KeyframeEdits.valueAt(keyed, camera, 0)).isEqualTo(KeyframeEdits.valueAt(scene, camera, 0));

        PointLight red = new PointLight(Vec3.ZERO, new Color(1, 0, 0), 1, 5);
        Scene lit = KeyframeEdits.withValueAt(scene, rim, 48, red);
        assertThat(rim.track(lit)).isEqualTo(Track.constant((Light) red, Interpolators.LIGHT));
        assertThat(rim.name(lit)).isEqualTo("rim");
    }

    @Test
    void keyEditsSurviveSavingAndOpening() throws Exception {
        Scene edited = KeyframeEdits.withKeyAt(scene, teapot, 12);
        edited = KeyframeEdits.withInterpolationAt(edited, teapot, 12, Interpolation.SMOOTH);
        edited = KeyframeEdits.withInterpolationAt(edited, teapot, 48, Interpolation.STEP);
        edited = KeyframeEdits.withKeyMoved(edited, teapot, 72, 78);
        edited = KeyframeEdits.withoutKeyAt(edited, teapot, 24);
        edited = KeyframeEdits.withKeyAt(edited, camera, 30);
        edited = KeyframeEdits.withInterpolation(edited, camera, Interpolation.SMOOTH);
        edited = KeyframeEdits.withKeyAt(edited, rim, 6);

        Scene reopened = SceneFiles.parse(SceneFiles.toJson(edited), "edited.scene.json",
                SampleScenes.TEAPOT_TURNTABLE.getParent(), new StandardAssetResolver());

        for (AnimatedPart<?> part : List.of(teapot, camera, rim, floor)) {
            assertThat(KeyframeEdits.keyFrames(reopened, part)).as("%s", part)
                    .isEqualTo(KeyframeEdits.keyFrames(edited, part));
            assertThat(interpolations(reopened, part)).as("%s", part).isEqualTo(interpolations(edited, part));
        }
    }

    private static List<Interpolation> interpolations(Scene scene, AnimatedPart<?> part) {
        return part.track(scene).keys().stream().map(key -> key.interpolation()).toList();
    }
}
