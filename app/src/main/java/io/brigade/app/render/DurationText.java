package io.brigade.app.render;

import java.time.Duration;
import java.util.Locale;

/**
 * The one way the app writes a duration, wherever it shows one (render time, ETA, UI frame gaps, freezes):
 * "17 ms" under a second, "21.4 s" under a minute, "1 min 05 s" under an hour, then "2 h 00 min".
 */
public final class DurationText {

    private DurationText() {
    }

    public static String of(Duration duration) {
        return ofNanos(duration.toNanos());
    }

    public static String ofNanos(long nanos) {
        double millis = Math.max(0, nanos) / 1e6;
        if (millis < 1000) {
            return String.format(Locale.ROOT, "%.0f ms", millis);
        }
        if (millis < 59_950) {
            return String.format(Locale.ROOT, "%.1f s", millis / 1000);
        }
        long seconds = Math.round(millis / 1000);
        return seconds < 3600
                ? String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60)
                : String.format(Locale.ROOT, "%d h %02d min", seconds / 3600, seconds / 60 % 60);
    }
}
