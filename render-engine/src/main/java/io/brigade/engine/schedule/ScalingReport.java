package io.brigade.engine.schedule;

import java.util.List;
import java.util.Locale;

/** Scaling rows by worker count, and the serial fraction Amdahl's law fits to them. */
public record ScalingReport(List<ScalingRow> rows, double serialFraction) {

    public ScalingReport {
        rows = List.copyOf(rows);
    }

    /** A plain-text table: workers, wall seconds, frames/s, speedup, efficiency; then the fit. */
    public String table() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%7s %10s %10s %8s %10s%n",
                "workers", "wall s", "frames/s", "speedup", "efficiency"));
        for (ScalingRow row : rows) {
            out.append(String.format(Locale.ROOT, "%7d %10.3f %10.2f %8.2f %9.0f%%%n", row.workers(),
                    row.wallSeconds(), row.framesPerSecond(), row.speedup(), row.efficiency() * 100));
        }
        out.append(String.format(Locale.ROOT, "serial fraction (Amdahl fit): %.3f%n", serialFraction));
        return out.toString();
    }

    /** One line per row: workers, wall_seconds, frames_per_second, speedup, efficiency, serial_fraction. */
    public String csv() {
        StringBuilder csv = new StringBuilder("workers,wall_seconds,frames_per_second,speedup,efficiency,serial_fraction\n");
        for (ScalingRow row : rows) {
            csv.append(String.format(Locale.ROOT, "%d,%.4f,%.4f,%.4f,%.4f,%.4f%n", row.workers(), row.wallSeconds(),
                    row.framesPerSecond(), row.speedup(), row.efficiency(), serialFraction));
        }
        return csv.toString();
    }
}
