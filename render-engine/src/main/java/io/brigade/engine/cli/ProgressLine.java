package io.brigade.engine.cli;

import java.io.PrintWriter;
import java.time.Duration;

/**
 * The live "frame i/n, frames/s, ETA" line. On a terminal it redraws in place; otherwise (a log,
 * a pipe) it prints a line at most once a second, and always the last one.
 */
final class ProgressLine {

    private static final long QUIET_NANOS = 1_000_000_000L;

    private final PrintWriter out;
    private final boolean inPlace;
    private final int total;
    private final long startNanos;
    private long lastPrintNanos;

    ProgressLine(PrintWriter out, boolean inPlace, int total, long startNanos) {
        this.out = out;
        this.inPlace = inPlace;
        this.total = total;
        this.startNanos = startNanos;
        this.lastPrintNanos = startNanos - QUIET_NANOS;
    }

    void update(int done, long nowNanos) {
        boolean last = done == total;
        if (!inPlace && !last && nowNanos - lastPrintNanos < QUIET_NANOS) {
            return;
        }
        lastPrintNanos = nowNanos;
        String line = format(done, total, nowNanos - startNanos);
        if (inPlace) {
            out.print("\r" + line + "   ");
            if (last) {
                out.println();
            }
        } else {
            out.println(line);
        }
        out.flush();
    }

    static String format(int done, int total, long elapsedNanos) {
        double seconds = elapsedNanos / 1e9;
        double fps = seconds > 0 ? done / seconds : 0;
        String eta = done == 0 || fps == 0 ? "--:--" : clock(Math.round((total - done) / fps));
        return String.format(java.util.Locale.ROOT, "frame %d/%d  %.2f frames/s  elapsed %s  ETA %s",
                done, total, fps, clock(Math.round(seconds)), eta);
    }

    static String clock(long seconds) {
        Duration d = Duration.ofSeconds(seconds);
        return d.toHours() > 0
                ? String.format("%d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart())
                : String.format("%d:%02d", d.toMinutes(), d.toSecondsPart());
    }
}
