package io.brigade.engine.cli;

import java.io.PrintWriter;
import java.time.Duration;

/**
 * The live "frame i/n, frames/s, ETA" line. On a terminal it redraws in place; otherwise (a log,
 * a pipe) it prints a line at most once a second, and always the last one. Called from one thread.
 */
final class ProgressLine {

    private static final long QUIET_NANOS = 1_000_000_000L;

    private final PrintWriter out;
    private final boolean inPlace;
    private long lastPrintNanos = -QUIET_NANOS;
    private String pending;
    private boolean printedInPlace;

    ProgressLine(PrintWriter out, boolean inPlace) {
        this.out = out;
        this.inPlace = inPlace;
    }

    void update(int done, int total, long elapsedNanos) {
        String text = format(done, total, elapsedNanos);
        if (!inPlace && done < total && elapsedNanos - lastPrintNanos < QUIET_NANOS) {
            pending = text;
            return;
        }
        lastPrintNanos = elapsedNanos;
        pending = null;
        if (inPlace) {
            out.print("\r" + text + "   ");
            printedInPlace = true;
        } else {
            out.println(text);
        }
        out.flush();
    }

    /** Ends the line: prints a held-back last update, or the newline after an in-place line. */
    void finish() {
        if (pending != null) {
            out.println(pending);
            pending = null;
        } else if (printedInPlace) {
            out.println();
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
