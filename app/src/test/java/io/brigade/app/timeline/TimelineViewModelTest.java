package io.brigade.app.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimelineViewModelTest {

    private static final long SECOND = 1_000_000_000L;
    private static final long PULSE_ORIGIN = 5 * SECOND; // pulse times have an arbitrary origin

    private final TimelineViewModel timeline = new TimelineViewModel();

    @Test
    void doesNothingBeforeItHasARange() {
        timeline.setFrame(5);
        timeline.stepForward();
        timeline.togglePlay();

        assertThat(timeline.availableProperty().get()).isFalse();
        assertThat(timeline.frameProperty().get()).isZero();
        assertThat(timeline.playingProperty().get()).isFalse();
    }

    @Test
    void aNewRangeStartsAtItsFirstFrameAndNamesPositionAndTime() {
        timeline.setRange(12, 95, 24);

        assertThat(timeline.availableProperty().get()).isTrue();
        assertThat(timeline.frameProperty().get()).isEqualTo(12);
        assertThat(timeline.positionTextProperty().get()).isEqualTo("frame 12 / 95");
        assertThat(timeline.timeTextProperty().get()).isEqualTo("0.50 s");
    }

    @ParameterizedTest(name = "setFrame({0}) -> {1}")
    @CsvSource({"0, 0", "40, 40", "95, 95", "-3, 0", "96, 95", "1000, 95"})
    void setFrameStaysInsideTheRange(int asked, int expected) {
        timeline.setRange(0, 95, 24);

        timeline.setFrame(asked);

        assertThat(timeline.frameProperty().get()).isEqualTo(expected);
    }

    @Test
    void stepsOneFrameAndStopsAtTheEnds() {
        timeline.setRange(0, 2, 24);

        timeline.stepBack();
        assertThat(timeline.frameProperty().get()).isZero();
        timeline.stepForward();
        timeline.stepForward();
        timeline.stepForward();
        assertThat(timeline.frameProperty().get()).isEqualTo(2);
    }

    @Test
    void playingShowsTheFrameDueAtEachPulse() {
        timeline.setRange(0, 95, 24);
        timeline.setFrame(10);
        timeline.togglePlay();

        timeline.tick(PULSE_ORIGIN);
        assertThat(timeline.frameProperty().get()).isEqualTo(10);
        timeline.tick(PULSE_ORIGIN + SECOND / 2);
        assertThat(timeline.frameProperty().get()).isEqualTo(22);
        // A late pulse skips the frames it missed rather than showing them one by one.
        timeline.tick(PULSE_ORIGIN + 2 * SECOND);
        assertThat(timeline.frameProperty().get()).isEqualTo(58);
    }

    @Test
    void playingLoopsBackToTheFirstFrame() {
        timeline.setRange(10, 19, 10);
        timeline.setFrame(18);
        timeline.togglePlay();

        timeline.tick(PULSE_ORIGIN);
        timeline.tick(PULSE_ORIGIN + SECOND / 5);

        assertThat(timeline.frameProperty().get()).isEqualTo(10);
    }

    @Test
    void aJumpWhilePlayingGoesOnFromTheNewFrame() {
        timeline.setRange(0, 95, 24);
        timeline.togglePlay();
        timeline.tick(PULSE_ORIGIN);
        timeline.tick(PULSE_ORIGIN + SECOND);

        timeline.setFrame(60);
        timeline.tick(PULSE_ORIGIN + SECOND + 1);
        timeline.tick(PULSE_ORIGIN + 2 * SECOND + 1);

        assertThat(timeline.frameProperty().get()).isEqualTo(84);
    }

    @Test
    void pausedPulsesChangeNothing() {
        timeline.setRange(0, 95, 24);
        timeline.togglePlay();
        timeline.tick(PULSE_ORIGIN);
        timeline.togglePlay();

        timeline.tick(PULSE_ORIGIN + SECOND);

        assertThat(timeline.playingProperty().get()).isFalse();
        assertThat(timeline.frameProperty().get()).isZero();
    }

    @Test
    void rejectsAnEmptyRangeOrAStillClock() {
        assertThatIllegalArgumentException().isThrownBy(() -> timeline.setRange(5, 4, 24));
        assertThatIllegalArgumentException().isThrownBy(() -> timeline.setRange(0, 4, 0));
    }
}
