package io.brigade.app.teaching;

import io.brigade.app.render.DurationText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The responsiveness meter: fed the FX pulse's timestamps by its view's animation timer, it tells the
 * current and the worst gap between UI frames over the last seconds, and whether the newest gap was a
 * freeze. The figures change a few times a second, so that they can be read. The meter measures only while
 * something changes on screen (a render, playback, a drag): an idle window draws nothing and the meter rests, so
 * that it costs neither a laptop's battery nor the renders it measures. Use it on the FX thread.
 */
public final class ResponsivenessViewModel {

    static final long WINDOW_NANOS = TimeUnit.SECONDS.toNanos(5);
    /** A gap this long is felt as a stall; a live window draws every 16.7 ms. */
    static final long FREEZE_NANOS = TimeUnit.MILLISECONDS.toNanos(250);
    private static final long TEXT_EVERY_NANOS = TimeUnit.MILLISECONDS.toNanos(250);
    /** How long the meter goes on after the last change, so that the figures settle before it rests. */
    static final long SETTLE_NANOS = TimeUnit.SECONDS.toNanos(1);
    static final String RESTING_TEXT = "UI idle";
    static final String NO_SUMMARY_TEXT = "The gaps between UI frames over the last 5 s, once something moves on screen.";

    private final PulseGaps gaps = new PulseGaps(WINDOW_NANOS, FREEZE_NANOS);
    private final ReadOnlyStringWrapper currentGapText = new ReadOnlyStringWrapper(this, "currentGapText", "");
    private final ReadOnlyStringWrapper worstGapText = new ReadOnlyStringWrapper(this, "worstGapText", "");
    private final ReadOnlyStringWrapper gapSummaryText = new ReadOnlyStringWrapper(this, "gapSummaryText",
            NO_SUMMARY_TEXT);
    private final ReadOnlyBooleanWrapper frozeLately = new ReadOnlyBooleanWrapper(this, "frozeLately");
    private final List<FreezeMeasure> nextPulse = new ArrayList<>();
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final ReadOnlyBooleanWrapper measuring = new ReadOnlyBooleanWrapper(this, "measuring");
    private long textShownAt = Long.MIN_VALUE;
    private long lastPulse;
    /** When the meter began to settle after the last change; {@code Long.MIN_VALUE} until its first pulse. */
    private long settlingSince = Long.MIN_VALUE;
    /** True until the first pulse and after each rest. */
    private boolean fresh = true;

    public ResponsivenessViewModel() {
        busy.addListener((observable, was, now) -> nudge());
        currentGapText.set(RESTING_TEXT);
    }

    /** Bind it to what changes the screen continuously: renders, playback. */
    public BooleanProperty busyProperty() {
        return busy;
    }

    /**
     * True while the meter measures: while busy, while a freeze measure waits for its pulse and for
     * {@link #SETTLE_NANOS} after either or after a {@link #nudge}; the view runs its animation timer only then.
     */
    public ReadOnlyBooleanProperty measuringProperty() {
        return measuring.getReadOnlyProperty();
    }

    /** Something changed on screen (a drag, a key, a scroll): measure for a while. */
    public void nudge() {
        settlingSince = Long.MIN_VALUE;
        measuring.set(true);
    }

    /** Records the pulse at {@code nanos} ({@link System#nanoTime()}, as the animation timer gives it). */
    public void pulse(long nanos) {
        if (fresh && !nextPulse.isEmpty()) {
            // The meter rested until a freeze began: the window has stood still at least since the freeze began.
            gaps.pulse(Math.min(nanos, nextPulse.stream().mapToLong(FreezeMeasure::sinceNanos).min().orElse(nanos)));
        }
        fresh = false;
        long gap = gaps.pulse(nanos);
        lastPulse = nanos;
        if (gaps.isFreeze(gap) || textShownAt == Long.MIN_VALUE || nanos - textShownAt >= TEXT_EVERY_NANOS) {
            // Until a first gap is known, each pulse shows the texts: a short render must not end on no figures.
            textShownAt = gaps.count() > 0 ? nanos : Long.MIN_VALUE;
            currentGapText.set("UI frame " + millis(gaps.currentGapNanos()));
            worstGapText.set("worst " + millis(gaps.worstGapNanos()));
            if (gaps.count() > 0) {
                gapSummaryText.set(summary());
            }
            frozeLately.set(gaps.isFreeze(gaps.worstGapNanos()));
        }
        if (!nextPulse.isEmpty()) {
            List<FreezeMeasure> due = nextPulse.stream().filter(measure -> nanos >= measure.untilNanos()).toList();
            nextPulse.removeAll(due);
            due.forEach(measure -> measure.report().accept(gaps.longestGapEndingAfter(measure.sinceNanos())));
        }
        restWhenSettled(nanos);
    }

    private void restWhenSettled(long nanos) {
        if (busy.get() || !nextPulse.isEmpty()) {
            settlingSince = Long.MIN_VALUE;
        } else if (settlingSince == Long.MIN_VALUE) {
            settlingSince = nanos;
        } else if (nanos - settlingSince >= SETTLE_NANOS) {
            gaps.restart(); // the rest is no freeze: the next pulse starts afresh
            fresh = true;
            settlingSince = Long.MIN_VALUE;
            textShownAt = Long.MIN_VALUE;
            currentGapText.set(RESTING_TEXT);
            measuring.set(false);
        }
    }

    /** Such as "UI frame 17 ms": the newest gap between two pulses; "UI idle" while the meter rests. */
    public ReadOnlyStringProperty currentGapTextProperty() {
        return currentGapText.getReadOnlyProperty();
    }

    /** Such as "worst 24 ms": the longest gap of the last five seconds. */
    public ReadOnlyStringProperty worstGapTextProperty() {
        return worstGapText.getReadOnlyProperty();
    }

    /**
     * What the gaps of the last five seconds add up to, as of the worst gap's text (the meter's tooltip): such as
     * "Last 5 s, 298 UI frames: half came within 16 ms of the one before, 95 in 100 within 20 ms, 99 in 100 within
     * 34 ms; the slowest after 45 ms. At 60 Hz a frame is due every 17 ms."
     */
    public ReadOnlyStringProperty gapSummaryTextProperty() {
        return gapSummaryText.getReadOnlyProperty();
    }

    private String summary() {
        int frames = gaps.count();
        return String.format(Locale.ROOT, "Last %d s, %d UI frame%s: half came within %s of the one before, 95 in"
                        + " 100 within %s, 99 in 100 within %s; the slowest after %s. At 60 Hz a frame is due every"
                        + " 17 ms.", TimeUnit.NANOSECONDS.toSeconds(WINDOW_NANOS), frames, frames == 1 ? "" : "s",
                millis(gaps.percentileNanos(50)), millis(gaps.percentileNanos(95)), millis(gaps.percentileNanos(99)),
                millis(gaps.worstGapNanos()));
    }

    /** True while the last five seconds hold a freeze (a gap of a quarter second or more). */
    public ReadOnlyBooleanProperty frozeLatelyProperty() {
        return frozeLately.getReadOnlyProperty();
    }

    /** The gaps of the last five seconds in milliseconds, oldest first. */
    public double[] gapsMillis() {
        long[] nanos = gaps.gapsNanos();
        double[] millis = new double[nanos.length];
        for (int i = 0; i < nanos.length; i++) {
            millis[i] = nanos[i] / 1e6;
        }
        return millis;
    }

    /** The gap {@code percent} of the last five seconds' gaps do not exceed, such as the 99th percentile. */
    public long gapPercentileNanos(double percent) {
        return gaps.percentileNanos(percent);
    }

    public long worstGapNanos() {
        return gaps.worstGapNanos();
    }

    /** The longest gap between pulses that ended after {@code nanos}, within the last five seconds. */
    public long longestGapSince(long nanos) {
        return gaps.longestGapEndingAfter(nanos);
    }

    /** The timestamp of the newest pulse. */
    public long lastPulseNanos() {
        return lastPulse;
    }

    /**
     * Measures a freeze: on the first pulse at or after {@code untilNanos}, {@code report} gets the longest gap
     * between pulses that ended after {@code sinceNanos}. Call it when the UI thread comes back from a long
     * task that ran from {@code sinceNanos} to {@code untilNanos}: the gap the next pulse closes is how long the
     * window stood still. (A task run inside a pulse, as a transition's handler is, returns to that same pulse,
     * whose timestamp is from before the task; hence the wait for a later one.)
     */
    public void measureFreezeSince(long sinceNanos, long untilNanos, LongConsumer report) {
        nextPulse.add(new FreezeMeasure(sinceNanos, untilNanos, report));
        nudge();
    }

    private record FreezeMeasure(long sinceNanos, long untilNanos, LongConsumer report) {
    }

    static String millis(long nanos) {
        return DurationText.ofNanos(nanos);
    }
}
