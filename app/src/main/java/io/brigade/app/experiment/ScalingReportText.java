package io.brigade.app.experiment;

import io.brigade.engine.schedule.AmdahlFit;
import io.brigade.engine.schedule.ScalingReport;
import io.brigade.engine.schedule.ScalingRow;
import java.util.OptionalDouble;

/** The words and figures the speedup window shows for a report. */
final class ScalingReportText {

    private final ScalingReport report;

    ScalingReportText(ScalingReport report) {
        this.report = report;
    }

    /** "s = 0.042" for the legend; "no fit" with a single count. */
    String fitLabel() {
        return Double.isNaN(report.serialFraction()) ? "no fit"
                : "serial fraction " + AmdahlFit.text(report.serialFraction());
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

    /** "4 *" for an oversubscribed row, else the count. */
    static String workersText(ScalingRow row) {
        return row.workers() + (row.oversubscribed() ? " *" : "");
    }

    /** {@link #rowSerialFraction} as "0.042", or a dash for one worker. */
    static String rowSerialFractionText(ScalingRow row) {
        OptionalDouble fraction = rowSerialFraction(row);
        return fraction.isPresent() ? AmdahlFit.text(fraction.getAsDouble()) : "\u2014";
    }
}
