package io.brigade.engine.animation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class TrackTest {

    private static final double EPSILON = 1e-12;

    /** 0 at 1 s, 10 at 3 s, 20 at 4 s; the first segment governed by {@code first}. */
    private static Track<Double> track(Interpolation first) {
        return Track.of(Interpolators.DOUBLE,
                new Keyframe<>(1.0, 0.0, first),
                Keyframe.of(3.0, 10.0),
                Keyframe.of(4.0, 20.0));
    }

    @ParameterizedTest
    @CsvSource({
            "STEP, 1.0, 0", "STEP, 2.0, 0", "STEP, 2.999, 0", "STEP, 3.0, 10",
            "LINEAR, 1.5, 2.5", "LINEAR, 2.0, 5", "LINEAR, 2.5, 7.5",
            "SMOOTH, 1.5, 1.5625", "SMOOTH, 2.0, 5", "SMOOTH, 2.5, 8.4375",
    })
    void interpolatesInsideTheFirstSegment(Interpolation interpolation, double seconds, double expected) {
        assertThat(track(interpolation).valueAt(seconds)).isCloseTo(expected, within(EPSILON));
    }

    @ParameterizedTest
    @CsvSource({"-5, 0", "0, 0", "1, 0", "3, 10", "3.5, 15", "4, 20", "4.001, 20", "1e9, 20"})
    void holdsTheEndValuesOutsideTheKeys(double seconds, double expected) {
        assertThat(track(Interpolation.LINEAR).valueAt(seconds)).isCloseTo(expected, within(EPSILON));
    }

    @Test
    void aSingleKeyIsConstant() {
        Track<Double> constant = Track.constant(7.0, Interpolators.DOUBLE);
        assertThat(constant.isConstant()).isTrue();
        assertThat(List.of(constant.valueAt(0), constant.valueAt(100))).containsOnly(7.0);
    }

    @Test
    void sortsKeysGivenInAnyOrder() {
        Track<Double> track = Track.of(Interpolators.DOUBLE, Keyframe.of(2.0, 4.0), Keyframe.of(0.0, 0.0));
        assertThat(track.keys()).extracting(Keyframe::time).containsExactly(0.0, 2.0);
        assertThat(track.valueAt(1)).isCloseTo(2.0, within(EPSILON));
        assertThat(track.startTime()).isZero();
        assertThat(track.endTime()).isEqualTo(2.0);
    }

    @Test
    void rejectsTwoKeysAtOneTime() {
        assertThatThrownBy(() -> Track.of(Interpolators.DOUBLE, Keyframe.of(1.0, 1.0), Keyframe.of(1.0, 2.0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("two keyframes at time 1.0");
    }

    @Test
    void rejectsAnEmptyTrackAndBadTimes() {
        assertThatThrownBy(() -> Track.of(Interpolators.DOUBLE, List.of()))
                .hasMessage("a track needs at least one keyframe");
        assertThatThrownBy(() -> Keyframe.of(-1, 1.0))
                .hasMessage("keyframe time must be a finite number of seconds >= 0, got -1.0");
        assertThatThrownBy(() -> Keyframe.of(Double.NaN, 1.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Keyframe.of(Double.POSITIVE_INFINITY, 1.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> track(Interpolation.LINEAR).valueAt(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void negativeZeroTimeIsZero() {
        assertThat(Keyframe.of(-0.0, 1.0)).isEqualTo(Keyframe.of(0.0, 1.0));
    }

    @Test
    void withKeyInsertsOrReplaces() {
        Track<Double> track = track(Interpolation.LINEAR);
        Track<Double> inserted = track.withKey(Keyframe.of(2.0, 100.0));
        Track<Double> replaced = track.withKey(Keyframe.of(3.0, -1.0));

        assertThat(inserted.keys()).extracting(Keyframe::time).containsExactly(1.0, 2.0, 3.0, 4.0);
        assertThat(inserted.valueAt(2)).isEqualTo(100.0);
        assertThat(replaced.keys()).hasSize(3);
        assertThat(replaced.valueAt(3)).isEqualTo(-1.0);
        assertThat(track.valueAt(3)).isEqualTo(10.0); // the original is unchanged
    }

    @Test
    void withoutKeyRemovesButNeverTheLast() {
        assertThat(track(Interpolation.LINEAR).withoutKey(0).keys()).extracting(Keyframe::time).containsExactly(3.0, 4.0);
        assertThatThrownBy(() -> Track.constant(1.0, Interpolators.DOUBLE).withoutKey(0))
                .hasMessage("cannot remove the only keyframe of a track");
    }

    @Test
    void equalKeysAndInterpolatorMakeEqualTracks() {
        assertThat(track(Interpolation.SMOOTH)).isEqualTo(track(Interpolation.SMOOTH))
                .hasSameHashCodeAs(track(Interpolation.SMOOTH))
                .isNotEqualTo(track(Interpolation.LINEAR));
        Interpolator<Double> other = (a, b, t) -> a;
        assertThat(Track.constant(1.0, other)).isNotEqualTo(Track.constant(1.0, Interpolators.DOUBLE));
    }

    @Test
    void keysCannotBeChangedFromOutside() {
        assertThatThrownBy(() -> track(Interpolation.LINEAR).keys().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
