package io.brigade.app.teaching;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * The gaps between the FX thread's pulses over a sliding window of time. A live window draws every pulse,
 * about 16.7 ms apart; a gap far longer than that is a time the UI thread did not get round to drawing: a
 * freeze. Fed with the pulse timestamps (nanoseconds from one clock), it keeps only what the window holds.
 * Not thread-safe: feed and read it from one thread.
 */
public final class PulseGaps {

    private final long windowNanos;
    private final long freezeNanos;
    /** Gaps that ended within the window, oldest first: {end, length} pairs. */
    private final Deque<long[]> gaps = new ArrayDeque<>();
    private long lastPulse = Long.MIN_VALUE;
    private long lastFreezeNanos;

    /**
     * @param windowNanos how far back the statistics look
     * @param freezeNanos the shortest gap counted as a freeze
     */
    public PulseGaps(long windowNanos, long freezeNanos) {
        if (windowNanos <= 0 || freezeNanos <= 0) {
            throw new IllegalArgumentException("window and freeze threshold must be positive, got "
                    + windowNanos + " and " + freezeNanos);
        }
        this.windowNanos = windowNanos;
        this.freezeNanos = freezeNanos;
    }

    /** Records a pulse at {@code nanos}; returns the gap since the previous pulse, 0 for the first. */
    public long pulse(long nanos) {
        if (lastPulse != Long.MIN_VALUE && nanos < lastPulse) {
            throw new IllegalArgumentException("pulse at " + nanos + " before the previous one at " + lastPulse);
        }
        long gap = lastPulse == Long.MIN_VALUE ? 0 : nanos - lastPulse;
        lastPulse = nanos;
        if (gap > 0) {
            gaps.addLast(new long[] {nanos, gap});
            if (gap >= freezeNanos) {
                lastFreezeNanos = gap;
            }
        }
        while (!gaps.isEmpty() && gaps.peekFirst()[0] < nanos - windowNanos) {
            gaps.removeFirst();
        }
        return gap;
    }

    /**
     * Forgets the previous pulse, as when the pulses stop on purpose (the window rests): the next pulse starts
     * afresh instead of closing a gap as long as the rest. The gaps recorded so far stay.
     */
    public void restart() {
        lastPulse = Long.MIN_VALUE;
    }

    /** The newest gap, 0 before two pulses. */
    public long currentGapNanos() {
        return gaps.isEmpty() ? 0 : gaps.peekLast()[1];
    }

    /** The longest gap that ended within the window. */
    public long worstGapNanos() {
        return gaps.stream().mapToLong(gap -> gap[1]).max().orElse(0);
    }

    /** The longest gap that ended after {@code nanos}: how long the UI stood still around that time. */
    public long longestGapEndingAfter(long nanos) {
        return gaps.stream().filter(gap -> gap[0] > nanos).mapToLong(gap -> gap[1]).max().orElse(0);
    }

    /**
     * The gap that {@code percent} of the window's gaps do not exceed (nearest rank), such as the 99th percentile:
     * with p99 at 17 ms, 99 frames in 100 came on time at 60 Hz. 0 without gaps.
     */
    public long percentileNanos(double percent) {
        if (!(percent > 0 && percent <= 100)) {
            throw new IllegalArgumentException("a percentile lies in (0, 100], got " + percent);
        }
        long[] sorted = gapsNanos();
        if (sorted.length == 0) {
            return 0;
        }
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100 * sorted.length);
        return sorted[Math.max(1, rank) - 1];
    }

    /** How many gaps the window holds. */
    public int count() {
        return gaps.size();
    }

    /** The gaps in the window, oldest first, for a sparkline. */
    public long[] gapsNanos() {
        return gaps.stream().mapToLong(gap -> gap[1]).toArray();
    }

    /** True when a gap of {@code gapNanos} counts as a freeze. */
    public boolean isFreeze(long gapNanos) {
        return gapNanos >= freezeNanos;
    }

    /** The length of the newest freeze ever seen, 0 if none. */
    public long lastFreezeNanos() {
        return lastFreezeNanos;
    }

    public long windowNanos() {
        return windowNanos;
    }

    public long freezeNanos() {
        return freezeNanos;
    }
}
