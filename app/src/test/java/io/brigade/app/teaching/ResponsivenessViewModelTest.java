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
        meter.busyProperty().set(true);
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

    @Test
    void theMeterRestsOnceNothingHasChangedForASecondAndTheRestIsNoGap() {
        assertThat(meter.measuringProperty().get()).as("an idle window at start").isFalse();
        meter.busyProperty().set(true);
        assertThat(meter.measuringProperty().get()).isTrue();
        for (int i = 0; i < 10; i++) {
            meter.pulse(i * 17 * MS);
        }
        meter.busyProperty().set(false);
        long settled = 9 * 17 * MS;
        long settledBy = settled + 17 * MS + ResponsivenessViewModel.SETTLE_NANOS;
        for (long at = settled + 17 * MS; at < settledBy; at += 17 * MS) {
            meter.pulse(at);
            assertThat(meter.measuringProperty().get()).as("settling at %d ms", at / MS).isTrue();
        }
        meter.pulse(settled + 34 * MS + ResponsivenessViewModel.SETTLE_NANOS);

        assertThat(meter.measuringProperty().get()).isFalse();
        assertThat(meter.currentGapTextProperty().get()).isEqualTo(ResponsivenessViewModel.RESTING_TEXT);
        meter.nudge(); // a drag, 30 s later
        assertThat(meter.measuringProperty().get()).isTrue();
        meter.pulse(30_000 * MS);
        meter.pulse(30_017 * MS);
        assertThat(meter.worstGapNanos()).as("the rest is no freeze").isEqualTo(17 * MS);
    }

    @Test
    void aFreezeThatBeginsAtRestIsMeasuredFromItsStart() {
        meter.busyProperty().set(true);
        meter.pulse(0);
        meter.pulse(17 * MS);
        meter.busyProperty().set(false);
        meter.pulse(40 * MS);
        meter.pulse(2_000 * MS);
        assertThat(meter.measuringProperty().get()).isFalse();
        AtomicLong frozen = new AtomicLong(-1);

        meter.measureFreezeSince(10_000 * MS, 13_000 * MS, frozen::set);
        assertThat(meter.measuringProperty().get()).isTrue();
        meter.pulse(13_010 * MS);

        assertThat(frozen).hasValue(3_010 * MS);
    }

    @Test
    void percentilesTellHowManyFramesCameOnTime() {
        meter.busyProperty().set(true);
        long at = 0;
        meter.pulse(at);
        for (int i = 1; i <= 100; i++) {
            at += (i == 100 ? 64 : i > 95 ? 30 : 16) * MS;
            meter.pulse(at);
        }

        assertThat(meter.gapPercentileNanos(50)).isEqualTo(16 * MS);
        assertThat(meter.gapPercentileNanos(95)).isEqualTo(16 * MS);
        assertThat(meter.gapPercentileNanos(99)).isEqualTo(30 * MS);
        assertThat(meter.gapPercentileNanos(100)).isEqualTo(64 * MS);
    }

    @Test
    void theSummaryTellsThePercentilesOfTheLastSecondsInWords() {
        assertThat(meter.gapSummaryTextProperty().get()).isEqualTo(ResponsivenessViewModel.NO_SUMMARY_TEXT);
        meter.busyProperty().set(true);
        long at = 0;
        meter.pulse(at);
        for (int i = 0; i < 20; i++) {
            at += 16 * MS;
            meter.pulse(at);
        }
        at += 300 * MS; // a freeze shows at once, not at the next quarter second
        meter.pulse(at);

        assertThat(meter.gapSummaryTextProperty().get()).isEqualTo("Last 5 s, 21 UI frames: half came within 16 ms"
                + " of the one before, 95 in 100 within 16 ms, 99 in 100 within 300 ms; the slowest after 300 ms."
                + " At 60 Hz a frame is due every 17 ms.");
    }

    @Test
    void theFiguresShowFromTheFirstGapNotAQuarterSecondLater() {
        meter.busyProperty().set(true);
        meter.pulse(0);
        meter.pulse(16 * MS); // a render this short used to end with the tooltip still saying nothing had moved

        assertThat(meter.gapSummaryTextProperty().get()).startsWith("Last 5 s, 1 UI frame: half came within 16 ms");
        assertThat(meter.worstGapTextProperty().get()).isEqualTo("worst 16 ms");
        meter.pulse(32 * MS);
        assertThat(meter.gapSummaryTextProperty().get()).as("then a quarter second between updates, as before")
                .startsWith("Last 5 s, 1 UI frame:");
    }

    @Test
    void theSummaryStaysWhenTheMeterRests() {
        meter.busyProperty().set(true);
        meter.pulse(0);
        meter.pulse(300 * MS);
        assertThat(meter.gapSummaryTextProperty().get()).startsWith("Last 5 s, 1 UI frame:");
        meter.busyProperty().set(false);
        long at = 300 * MS;
        while (meter.measuringProperty().get() && at < 10_000 * MS) {
            at += 16 * MS;
            meter.pulse(at);
        }

        assertThat(meter.measuringProperty().get()).as("resting").isFalse();
        assertThat(meter.gapSummaryTextProperty().get()).as("the figures the worst gap's text still shows")
                .contains("the slowest after 300 ms");
    }
}
