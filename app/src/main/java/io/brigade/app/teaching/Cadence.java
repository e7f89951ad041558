package io.brigade.app.teaching;

/**
 * When a live chart redraws: once per period of the pulse clock, at a fixed offset into the period. Charts
 * given different offsets never redraw in the same pulse, so in software rendering no single UI frame pays
 * for all of them at once. Use on the FX thread, with the pulse times an {@code AnimationTimer} receives.
 */
final class Cadence {

    private final long periodNanos;
    private final long offsetNanos;
    private long lastPeriod = Long.MIN_VALUE;

    /** Due once every {@code periodNanos}, starting {@code offsetNanos} (0 to the period) into each period. */
    Cadence(long periodNanos, long offsetNanos) {
        if (periodNanos <= 0 || offsetNanos < 0 || offsetNanos >= periodNanos) {
            throw new IllegalArgumentException("period " + periodNanos + " ns, offset " + offsetNanos + " ns");
        }
        this.periodNanos = periodNanos;
        this.offsetNanos = offsetNanos;
    }

    /** True at the first pulse of each period (the first call is always due); then false until the next. */
    boolean due(long nowNanos) {
        long period = Math.floorDiv(nowNanos - offsetNanos, periodNanos);
        if (period == lastPeriod) {
            return false;
        }
        lastPeriod = period;
        return true;
    }
}
