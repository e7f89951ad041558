package io.brigade.app.teaching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The responsiveness meter: fed the FX pulse's timestamps by its view's animation timer, it tells the
 * current and the worst gap between UI frames over the last seconds, and whether the newest gap was a
 * freeze. The figures change a few times a second, so that they can be read. Use it on the FX thread.
 */
public final class ResponsivenessViewModel {

    static final long WINDOW_NANOS = TimeUnit.SECONDS.toNanos(5);
    /** A gap this long is felt as a stall; a live window draws every 16.7 ms. */
    static final long FREEZE_NANOS = TimeUnit.MILLISECONDS.toNanos(250);
    private static final long TEXT_EVERY_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

    private final PulseGaps gaps = new PulseGaps(WINDOW_NANOS, FREEZE_NANOS);
    private final ReadOnlyStringWrapper currentGapText = new ReadOnlyStringWrapper(this, "currentGapText", "");
    private final ReadOnlyStringWrapper worstGapText = new ReadOnlyStringWrapper(this, "worstGapText", "");
    private final ReadOnlyBooleanWrapper frozeLately = new ReadOnlyBooleanWrapper(this, "frozeLately");
    private final List<FreezeMeasure> nextPulse = new ArrayList<>();
    private long textShownAt = Long.MIN_VALUE;
    private long lastPulse;

    /** Records the pulse at {@code nanos} ({@link System#nanoTime()}, as the animation timer gives it). */
    public void pulse(long nanos) {
        long gap = gaps.pulse(nanos);
        lastPulse = nanos;
        if (gaps.isFreeze(gap) || textShownAt == Long.MIN_VALUE || nanos - textShownAt >= TEXT_EVERY_NANOS) {
            textShownAt = nanos;
            currentGapText.set("UI frame " + millis(gaps.currentGapNanos()));
            worstGapText.set("worst " + millis(gaps.worstGapNanos()));
            frozeLately.set(gaps.isFreeze(gaps.worstGapNanos()));
        }
        if (!nextPulse.isEmpty()) {
            List<FreezeMeasure> due = nextPulse.stream().filter(measure -> nanos >= measure.untilNanos()).toList();
            nextPulse.removeAll(due);
            due.forEach(measure -> measure.report().accept(gaps.longestGapEndingAfter(measure.sinceNanos())));
        }
    }

    /** Such as "UI frame 17 ms": the newest gap between two pulses. */
    public ReadOnlyStringProperty currentGapTextProperty() {
        return currentGapText.getReadOnlyProperty();
    }

    /** Such as "worst 24 ms": the longest gap of the last five seconds. */
    public ReadOnlyStringProperty worstGapTextProperty() {
        return worstGapText.getReadOnlyProperty();
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
    }

    private record FreezeMeasure(long sinceNanos, long untilNanos, LongConsumer report) {
    }

    static String millis(long nanos) {
        double ms = nanos / 1e6;
        return ms >= 1000 ? String.format(Locale.ROOT, "%.1f s", ms / 1000) : String.format(Locale.ROOT, "%.0f ms", ms);
    }
}
