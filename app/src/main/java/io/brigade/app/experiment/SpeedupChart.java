package io.brigade.app.experiment;

import io.brigade.engine.schedule.AmdahlFit;
import io.brigade.engine.schedule.ScalingReport;
import io.brigade.engine.schedule.ScalingRow;
import java.util.List;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;

/**
 * Speedup against workers: the measured points, ideal linear speedup, and the Amdahl curve fitted to the
 * points. A scene-graph chart, not a canvas, so a 2x or 3x snapshot redraws its text and lines sharp. Colours
 * and sizes come from the stylesheets ({@code .speedup-chart}), so it follows the theme.
 */
final class SpeedupChart {

    static final String MEASURED = "Measured";
    static final String IDEAL = "Ideal (linear)";
    /** Points per worker along the Amdahl curve, so it reads as a curve between whole counts. */
    private static final int CURVE_STEPS = 10;
    /** Labels whole ticks only: the half step of room at the end of an axis gets no "4.5". */
    private static final StringConverter<Number> WHOLE_NUMBERS = new StringConverter<>() {
        @Override
        public String toString(Number value) {
            double v = value.doubleValue();
            return v == Math.rint(v) ? Long.toString((long) v) : "";
        }

        @Override
        public Number fromString(String text) {
            return Double.valueOf(text);
        }
    };

    private SpeedupChart() {
    }

    /** Before the first measurement the axes already span {@code maxWorkers}, so the empty chart reads right. */
    static LineChart<Number, Number> create(ObservableValue<ScalingReport> report, ObservableStringValue title,
                                            int maxWorkers) {
        NumberAxis workers = new NumberAxis();
        workers.setLabel("Workers (threads)");
        workers.setMinorTickVisible(false);
        NumberAxis speedup = new NumberAxis();
        speedup.setLabel("Speedup over 1 worker (\u00d7)");
        speedup.setMinorTickVisible(false);
        LineChart<Number, Number> chart = new LineChart<>(workers, speedup);
        chart.setId("speedupChart");
        chart.getStyleClass().add("speedup-chart");
        chart.setAnimated(false); // a snapshot must never catch a curve half-way
        chart.titleProperty().bind(title);
        span(chart, maxWorkers, maxWorkers);
        show(chart, report.getValue());
        report.addListener((observable, old, measured) -> show(chart, measured));
        return chart;
    }

    /** Measured first, so it is drawn over the two reference lines in the legend's first place. */
    static void show(LineChart<Number, Number> chart, ScalingReport report) {
        chart.getData().clear();
        if (report == null) {
            return;
        }
        List<ScalingRow> rows = report.rows();
        int most = rows.get(rows.size() - 1).workers();
        span(chart, most, Math.max(most, rows.stream().mapToDouble(ScalingRow::speedup).max().orElse(1)));

        XYChart.Series<Number, Number> measured = new XYChart.Series<>();
        measured.setName(MEASURED);
        rows.forEach(row -> measured.getData().add(new XYChart.Data<>(row.workers(), row.speedup())));
        XYChart.Series<Number, Number> ideal = new XYChart.Series<>();
        ideal.setName(IDEAL);
        ideal.getData().add(new XYChart.Data<>(1, 1));
        ideal.getData().add(new XYChart.Data<>(most, most));
        chart.getData().add(measured);
        chart.getData().add(ideal);
        hideSymbols(ideal);
        if (!Double.isNaN(report.serialFraction())) {
            XYChart.Series<Number, Number> amdahl = new XYChart.Series<>();
            amdahl.setName("Amdahl fit, " + new ScalingReportText(report).fitLabel());
            for (int i = 0; i <= (most - 1) * CURVE_STEPS; i++) {
                double n = 1 + (double) i / CURVE_STEPS;
                amdahl.getData().add(new XYChart.Data<>(n, AmdahlFit.speedup(report.serialFraction(), n)));
            }
            chart.getData().add(amdahl);
            hideSymbols(amdahl);
        }
    }

    /** Both axes from 0, in whole workers (and whole multiples of speed), with half a step of room at the top. */
    private static void span(LineChart<Number, Number> chart, int workers, double speedup) {
        NumberAxis x = (NumberAxis) chart.getXAxis();
        NumberAxis y = (NumberAxis) chart.getYAxis();
        double unit = workers <= 16 ? 1 : Math.ceil(workers / 16.0);
        for (NumberAxis axis : List.of(x, y)) {
            axis.setAutoRanging(false);
            axis.setLowerBound(0);
            axis.setTickUnit(unit);
            axis.setTickLabelFormatter(WHOLE_NUMBERS);
        }
        x.setUpperBound(workers + unit / 2);
        y.setUpperBound(Math.ceil(speedup) + unit / 2);
    }

    /** The reference lines are lines only; their legend keeps its symbol, styled by the stylesheet. */
    private static void hideSymbols(XYChart.Series<Number, Number> series) {
        series.getData().forEach(point -> {
            if (point.getNode() != null) {
                point.getNode().setVisible(false);
            }
        });
    }
}
