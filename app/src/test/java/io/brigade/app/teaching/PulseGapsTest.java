package io.brigade.app.teaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PulseGapsTest {

    private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);
    private static final long FRAME = 16 * MS;
    private static final long WINDOW = 5_000 * MS;
    private static final long FREEZE = 250 * MS;

    private final PulseGaps gaps = new PulseGaps(WINDOW, FREEZE);

    /** Pulses every {@code step} from {@code from} for {@code count} pulses; returns the time of the last. */
    private long pulses(long from, long step, int count) {
        long t = from;
        for (int i = 0; i < count; i++) {
            t = from + i * step;
            gaps.pulse(t);
        }
        return t;
    }

    @Test
    void aLiveWindowHasFrameSizedGapsAndNoFreeze() {
        pulses(1_000 * MS, FRAME, 120);

        assertThat(gaps.currentGapNanos()).isEqualTo(FRAME);
        assertThat(gaps.worstGapNanos()).isEqualTo(FRAME);
        assertThat(gaps.gapsNanos()).hasSize(119).containsOnly(FRAME);
        assertThat(gaps.count()).isEqualTo(119);
        assertThat(gaps.lastFreezeNanos()).isZero();
    }

    @Test
    void aLongGapIsTheWorstAndAFreezeUntilItLeavesTheWindow() {
        long last = pulses(0, FRAME, 10);
        gaps.pulse(last + 7_900 * MS);

        assertThat(gaps.currentGapNanos()).isEqualTo(7_900 * MS);
        assertThat(gaps.worstGapNanos()).isEqualTo(7_900 * MS);
        assertThat(gaps.isFreeze(gaps.worstGapNanos())).isTrue();
        assertThat(gaps.lastFreezeNanos()).isEqualTo(7_900 * MS);

        long after = pulses(last + 7_900 * MS + FRAME, FRAME, (int) (WINDOW / FRAME) + 2);
        assertThat(after).isGreaterThan(last + 7_900 * MS + WINDOW);
        assertThat(gaps.worstGapNanos()).as("the freeze has left the window").isEqualTo(FRAME);
        assertThat(gaps.lastFreezeNanos()).as("still remembered").isEqualTo(7_900 * MS);
    }

    @Test
    void theLongestGapEndingAfterAMarkMeasuresAFreezeThatBeganAfterIt() {
        long last = pulses(0, FRAME, 30);
        long mark = last + 5 * MS;
        gaps.pulse(last + 1_234 * MS);
        gaps.pulse(last + 1_250 * MS);

        assertThat(gaps.longestGapEndingAfter(mark)).isEqualTo(1_234 * MS);
        assertThat(gaps.longestGapEndingAfter(last + 1_240 * MS)).isEqualTo(16 * MS);
        assertThat(gaps.longestGapEndingAfter(last + 2_000 * MS)).isZero();
    }

    @Test
    void aGapJustUnderTheThresholdIsNoFreeze() {
        assertThat(gaps.isFreeze(FREEZE - 1)).isFalse();
        assertThat(gaps.isFreeze(FREEZE)).isTrue();
    }

    @Test
    void theFirstPulseHasNoGapAndTimeMayNotRunBackwards() {
        assertThat(gaps.pulse(500 * MS)).isZero();
        assertThat(gaps.currentGapNanos()).isZero();
        assertThat(gaps.worstGapNanos()).isZero();
        assertThatThrownBy(() -> gaps.pulse(400 * MS)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("before the previous one");
        assertThatThrownBy(() -> new PulseGaps(0, FREEZE)).isInstanceOf(IllegalArgumentException.class);
    }
}
