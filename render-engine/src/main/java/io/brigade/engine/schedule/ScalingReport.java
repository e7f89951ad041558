package io.brigade.engine.schedule;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Scaling rows by worker count, measured on {@code cores} under {@code budget}, and the serial fraction
 * Amdahl's law fits to the rows with no more workers than cores (NaN when none has more than one worker).
 * Rows beyond the cores are measured and shown but not fitted: there the lack of cores, not serial work,
 * limits the speedup.
 */
public record ScalingReport(List<ScalingRow> rows, double serialFraction, int cores, ScalingBudget budget) {

    /** The note every oversubscribed row carries. */
    public static final String OVERSUBSCRIBED = "more threads than cores: they take turns";
    /** Below this share of the cores a row could use, the machine was not the benchmark's alone. */
    static final double FAIR_SHARE = 0.8;

    public ScalingReport {
        rows = List.copyOf(rows);
        if (rows.isEmpty() || cores < 1) {
            throw new IllegalArgumentException("a report needs rows and at least one core");
        }
    }

    /** The report of {@code rows}, fitted to those within the cores. */
    public static ScalingReport of(List<ScalingRow> rows, int cores, ScalingBudget budget) {
        List<ScalingRow> fitted = rows.stream().filter(row -> !row.oversubscribed()).toList();
        boolean fits = fitted.stream().anyMatch(row -> row.workers() > 1);
        return new ScalingReport(rows, fits ? AmdahlFit.serialFraction(fitted) : Double.NaN, cores, budget);
    }

    /** The rows the fit used: no more workers than cores. */
    public List<ScalingRow> fittedRows() {
        return rows.stream().filter(row -> !row.oversubscribed()).toList();
    }

    /** The largest spread between runs of one point. */
    public double largestSpread() {
        return rows.stream().mapToDouble(ScalingRow::spread).max().orElse(0);
    }

    /**
     * What was measured, and no more: the speedup at the most workers within the cores, how sure it is, the fit,
     * the oversubscribed row, and whether other programs took the cores. Such as "Measured 1.93× with 2 workers on 2 cores (median of 3 runs, which differed by
     * up to 4%). Amdahl fit to 1-2 workers: serial fraction 0.036. 4 workers: 1.90× (more threads than cores:
     * they take turns)."
     */
    public String headline() {
        StringBuilder text = new StringBuilder(budget.rough() ? "Rough (quick run, not to be trusted): " : "");
        ScalingRow most = fittedRows().get(fittedRows().size() - 1);
        text.append(String.format(Locale.ROOT, "Measured %.2f\u00d7 with %s on %s (%s)", most.speedup(),
                plural(most.workers(), "worker"), plural(cores, "core"), runs()));
        if (!Double.isNaN(serialFraction)) {
            text.append(String.format(Locale.ROOT, ". Amdahl fit to 1-%d workers: serial fraction %s",
                    fittedRows().get(fittedRows().size() - 1).workers(), AmdahlFit.text(serialFraction)));
        }
        mostOversubscribed().ifPresent(row -> text.append(String.format(Locale.ROOT, ". %s: %.2f\u00d7 (%s)",
                plural(row.workers(), "worker"), row.speedup(), OVERSUBSCRIBED)));
        starved().ifPresent(row -> text.append(String.format(Locale.ROOT, ". Other programs were using the cores:"
                + " %s kept only %.2f of %s busy, so these figures understate the speedup", plural(row.workers(),
                "worker"), row.busyCores(), plural(Math.min(row.workers(), cores), "core"))));
        return text.append('.').toString();
    }

    /** A plain-text table: one row per count, oversubscribed rows starred; then the fit and how it was measured. */
    public String table() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%8s %7s %9s %9s %8s %10s %7s %11s%n",
                "workers", "frames", "wall s", "frames/s", "speedup", "efficiency", "spread", "cores busy"));
        for (ScalingRow row : rows) {
            out.append(String.format(Locale.ROOT, "%7d%s %7d %9.3f %9.2f %8.2f %9.0f%% %6.1f%% %11s%n", row.workers(),
                    row.oversubscribed() ? "*" : " ", row.frames(), row.wallSeconds(), row.framesPerSecond(),
                    row.speedup(), row.efficiency() * 100, row.spread() * 100, busyText(row)));
        }
        if (mostOversubscribed().isPresent()) {
            out.append("* oversubscribed, ").append(OVERSUBSCRIBED).append("; not fitted\n");
        }
        out.append(Double.isNaN(serialFraction) ? "serial fraction (Amdahl fit): none, no count from 2 to the cores\n"
                : String.format(Locale.ROOT, "serial fraction (Amdahl fit to 1-%d workers, %s): %s%n",
                fittedRows().get(fittedRows().size() - 1).workers(), plural(cores, "core"),
                AmdahlFit.text(serialFraction)));
        out.append(String.format(Locale.ROOT, "each point: %s; spread = (fastest - slowest) / median%n", runs()));
        out.append("cores busy = the process's CPU time over wall time; below min(workers, cores), other programs"
                + " were using the cores too\n");
        if (budget.rough()) {
            out.append("rough: a quick run, too short to trust; measure with the standard budget\n");
        }
        return out.toString();
    }

    /** One line per row; the serial fraction is the report's, repeated on each line. */
    public String csv() {
        StringBuilder csv = new StringBuilder("workers,frames,wall_seconds,frames_per_second,speedup,efficiency,"
                + "spread,oversubscribed,busy_cores,serial_fraction\n");
        for (ScalingRow row : rows) {
            csv.append(String.format(Locale.ROOT, "%d,%d,%.4f,%.4f,%.4f,%.4f,%.4f,%b,%.4f,%.4f%n", row.workers(),
                    row.frames(), row.wallSeconds(), row.framesPerSecond(), row.speedup(), row.efficiency(),
                    row.spread(), row.oversubscribed(), row.busyCores(), serialFraction));
        }
        return csv.toString();
    }

    /** The row whose runs got the smallest share of the cores they could use, if under {@value #FAIR_SHARE}. */
    private Optional<ScalingRow> starved() {
        return rows.stream().filter(row -> !Double.isNaN(row.busyCores()))
                .filter(row -> row.busyCores() < FAIR_SHARE * Math.min(row.workers(), cores))
                .min(Comparator.comparingDouble(row -> row.busyCores() / Math.min(row.workers(), cores)));
    }

    private static String busyText(ScalingRow row) {
        return Double.isNaN(row.busyCores()) ? "-" : String.format(Locale.ROOT, "%.2f", row.busyCores());
    }

    private Optional<ScalingRow> mostOversubscribed() {
        return rows.stream().filter(ScalingRow::oversubscribed).reduce((first, second) -> second);
    }

    private String runs() {
        String median = budget.repetitions() == 1 ? "one run"
                : String.format(Locale.ROOT, "median of %d runs", budget.repetitions());
        return budget.repetitions() == 1 ? median
                : String.format(Locale.ROOT, "%s, which differed by up to %.0f%%", median, largestSpread() * 100);
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
