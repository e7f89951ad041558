package io.brigade.app.experiment;

import io.brigade.engine.schedule.ScalingReport;
import io.brigade.engine.schedule.ScalingRow;
import java.util.Comparator;
import java.util.Locale;
import java.util.OptionalDouble;

/** The words and figures the speedup window shows for a report. */
final class ScalingReportText {

    private final ScalingReport report;

    ScalingReportText(ScalingReport report) {
        this.report = report;
    }

    /** Such as "Best: 1.9x with 2 workers. Amdahl fit: serial fraction 0.04, so at most 25x with any number". */
    String summary() {
        ScalingRow best = report.rows().stream().max(Comparator.comparingDouble(ScalingRow::speedup)).orElseThrow();
        String bestText = String.format(Locale.ROOT, "Best: %.2f\u00d7 with %d worker%s", best.speedup(),
                best.workers(), best.workers() == 1 ? "" : "s");
        double s = report.serialFraction();
        if (Double.isNaN(s)) {
            return bestText + ". Measure more than one worker count to fit Amdahl's law.";
        }
        String limit = s > 0
                ? String.format(Locale.ROOT, ", so at most %.1f\u00d7 with any number of workers", 1 / s) : "";
        return bestText + String.format(Locale.ROOT, ". Amdahl fit: serial fraction %.3f%s", s, limit);
    }

    /** "s = 0.042" for the legend; "no fit" with a single count. */
    String fitLabel() {
        return Double.isNaN(report.serialFraction()) ? "no fit"
                : String.format(Locale.ROOT, "serial fraction %.3f", report.serialFraction());
    }

    /**
     * The serial fraction this row alone implies (the Karp-Flatt metric, (1/speedup - 1/n) / (1 - 1/n)); none
     * for one worker. Growing with n points at overhead the fit's single figure hides.
     */
    static OptionalDouble rowSerialFraction(ScalingRow row) {
        if (row.workers() == 1) {
            return OptionalDouble.empty();
        }
        double inverseN = 1.0 / row.workers();
        return OptionalDouble.of((1 / row.speedup() - inverseN) / (1 - inverseN));
    }

    /** {@link #rowSerialFraction} as "0.042", or a dash for one worker. */
    static String rowSerialFractionText(ScalingRow row) {
        OptionalDouble fraction = rowSerialFraction(row);
        return fraction.isPresent() ? String.format(Locale.ROOT, "%.3f", fraction.getAsDouble()) : "\u2014";
    }
}
