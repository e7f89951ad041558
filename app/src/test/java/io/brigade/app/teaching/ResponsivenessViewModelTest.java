package io.brigade.app.teaching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ResponsivenessViewModelTest {

    private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);

    private final ResponsivenessViewModel meter = new ResponsivenessViewModel();

    @Test
    void theFiguresShowTheNewestAndTheWorstGap() {
        for (int i = 0; i < 40; i++) {
            meter.pulse(i * 17 * MS);
        }
        assertThat(meter.currentGapTextProperty().get()).isEqualTo("UI frame 17 ms");
        assertThat(meter.worstGapTextProperty().get()).isEqualTo("worst 17 ms");
        assertThat(meter.frozeLatelyProperty().get()).isFalse();

        meter.pulse(39 * 17 * MS + 2_500 * MS);

        assertThat(meter.currentGapTextProperty().get()).isEqualTo("UI frame 2.5 s");
        assertThat(meter.worstGapTextProperty().get()).isEqualTo("worst 2.5 s");
        assertThat(meter.frozeLatelyProperty().get()).isTrue();
        assertThat(meter.gapsMillis()).endsWith(2_500.0);
    }

    @Test
    void aFreezeIsMeasuredOnTheNextPulseFromTheGapItLeft() {
        meter.pulse(0);
        meter.pulse(17 * MS);
        long renderStarted = 20 * MS;
        AtomicLong frozen = new AtomicLong(-1);

        long renderEnded = 7_900 * MS;
        meter.measureFreezeSince(renderStarted, renderEnded, frozen::set);
        meter.pulse(18 * MS); // the pulse the render ran in ends with a timestamp from before it
        assertThat(frozen).hasValue(-1);
        meter.pulse(7_918 * MS);

        assertThat(frozen).hasValue(7_900 * MS);
        meter.pulse(7_935 * MS);
        assertThat(frozen).as("reported once").hasValue(7_900 * MS);
    }
}
