package io.brigade.engine.schedule;

import java.util.List;
import java.util.Locale;

/**
 * Amdahl's law, speedup(n) = 1 / (s + (1 - s) / n), fitted to measured speedups: the serial fraction
 * {@code s} that minimizes the squared error of 1/speedup = s + (1 - s)/n. Writing x = 1 - 1/n and
 * y = 1/speedup - 1/n, the model is y = s x, a line through the origin, so s = sum(x y) / sum(x x).
 * Rows with one worker have x = 0 and carry no information about s.
 */
public final class AmdahlFit {

    private AmdahlFit() {
    }

    /**
     * The least-squares serial fraction. Not clamped: measurements that scale better than linearly
     * give a negative value, which is worth seeing.
     *
     * @throws IllegalArgumentException when no row has more than one worker
     */
    public static double serialFraction(List<ScalingRow> rows) {
        double sumXY = 0;
        double sumXX = 0;
        for (ScalingRow row : rows) {
            double inverseN = 1.0 / row.workers();
            double x = 1 - inverseN;
            double y = 1 / row.speedup() - inverseN;
            sumXY += x * y;
            sumXX += x * x;
        }
        if (sumXX == 0) {
            throw new IllegalArgumentException("fitting Amdahl's law needs a row with more than one worker");
        }
        return sumXY / sumXX;
    }

    /** A fraction as the reports print it, three decimals; a fit a hair below zero reads 0.000, not -0.000. */
    public static String text(double fraction) {
        double rounded = Math.round(fraction * 1000) / 1000.0;
        return String.format(Locale.ROOT, "%.3f", rounded == 0 ? 0.0 : rounded);
    }

    /** The speedup Amdahl's law predicts for {@code workers} with serial fraction {@code serialFraction}. */
    public static double speedup(double serialFraction, int workers) {
        return speedup(serialFraction, (double) workers);
    }

    /** As {@link #speedup(double, int)} between whole worker counts, for drawing the curve smoothly. */
    public static double speedup(double serialFraction, double workers) {
        return 1 / (serialFraction + (1 - serialFraction) / workers);
    }
}
