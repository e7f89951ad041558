package io.brigade.app.experiment;

import io.brigade.engine.schedule.AmdahlFit;
import io.brigade.engine.schedule.ScalingReport;
import io.brigade.engine.schedule.ScalingRow;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of the speedup chart as points, worked out apart from the chart so they can be tested: the ideal
 * rises one for one up to the cores and is flat after them (more threads than cores cannot run at once); the
 * Amdahl curve spans the counts it was fitted to.
 */
final class SpeedupLines {

    /** Points per worker along the Amdahl curve, so it reads as a curve between whole counts. */
    private static final int CURVE_STEPS = 10;

    /** A point of a line: workers across, speedup up. */
    record Point(double workers, double speedup) {
    }

    private SpeedupLines() {
    }

    /** From (1, 1) up to (cores, cores), then flat out to {@code most} workers. */
    static List<Point> ideal(int cores, int most) {
        List<Point> line = new ArrayList<>(List.of(new Point(1, 1)));
        int top = Math.min(cores, most);
        if (top > 1) {
            line.add(new Point(top, top));
        }
        if (most > top) {
            line.add(new Point(most, top));
        }
        return line;
    }

    /** The measured points within the cores. */
    static List<Point> measured(ScalingReport report) {
        return report.fittedRows().stream().map(SpeedupLines::point).toList();
    }

    /** The oversubscribed points, led by the last point within the cores so the line joins on; empty if none. */
    static List<Point> oversubscribed(ScalingReport report) {
        List<ScalingRow> beyond = report.rows().stream().filter(ScalingRow::oversubscribed).toList();
        if (beyond.isEmpty()) {
            return List.of();
        }
        List<ScalingRow> within = report.fittedRows();
        List<Point> line = new ArrayList<>(List.of(point(within.get(within.size() - 1))));
        beyond.forEach(row -> line.add(point(row)));
        return line;
    }

    /** Amdahl's law with the fitted fraction over the fitted counts; empty without a fit. */
    static List<Point> amdahl(ScalingReport report) {
        if (Double.isNaN(report.serialFraction())) {
            return List.of();
        }
        List<ScalingRow> fitted = report.fittedRows();
        int most = fitted.get(fitted.size() - 1).workers();
        List<Point> curve = new ArrayList<>();
        for (int i = 0; i <= (most - 1) * CURVE_STEPS; i++) {
            double n = 1 + (double) i / CURVE_STEPS;
            curve.add(new Point(n, AmdahlFit.speedup(report.serialFraction(), n)));
        }
        return curve;
    }

    private static Point point(ScalingRow row) {
        return new Point(row.workers(), row.speedup());
    }
}
