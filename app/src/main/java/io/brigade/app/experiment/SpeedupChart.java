package io.brigade.app.experiment;

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
 * Speedup against workers: the measured points within the cores, the oversubscribed points in another style
 * (more threads than cores: they take turns), the ideal that rises to the core count and is flat after it, and
 * the Amdahl curve fitted to the points within the cores. A scene-graph chart, not a canvas, so a 2x or 3x
 * snapshot redraws its text and lines sharp. Colours and sizes come from the stylesheets ({@code .speedup-chart},
 * by series: measured, ideal, oversubscribed, Amdahl), so it follows the theme.
 */
final class SpeedupChart {

    static final String MEASURED = "Measured";
    static final String IDEAL = "Ideal (up to the cores)";
    static final String OVERSUBSCRIBED = "More threads than cores: they take turns";
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

    /**
     * The series always in the same order, so each keeps its style: measured first (drawn over the reference
     * lines, first in the legend), then the ideal, the oversubscribed points (an empty series still explains
     * the style in the legend) and the fit when there is one.
     */
    static void show(LineChart<Number, Number> chart, ScalingReport report) {
        chart.getData().clear();
        if (report == null) {
            return;
        }
        List<ScalingRow> rows = report.rows();
        int most = rows.get(rows.size() - 1).workers();
        span(chart, most, Math.max(Math.min(most, report.cores()),
                rows.stream().mapToDouble(ScalingRow::speedup).max().orElse(1)));
        chart.getData().add(series(MEASURED, SpeedupLines.measured(report)));
        XYChart.Series<Number, Number> ideal = series(IDEAL, SpeedupLines.ideal(report.cores(), most));
        chart.getData().add(ideal);
        hideSymbols(ideal);
        XYChart.Series<Number, Number> oversubscribed = series(OVERSUBSCRIBED, SpeedupLines.oversubscribed(report));
        chart.getData().add(oversubscribed);
        if (!oversubscribed.getData().isEmpty() && oversubscribed.getData().get(0).getNode() != null) {
            oversubscribed.getData().get(0).getNode().setVisible(false); // the measured point it joins on to
        }
        if (!Double.isNaN(report.serialFraction())) {
            XYChart.Series<Number, Number> amdahl = series("Amdahl fit, " + new ScalingReportText(report).fitLabel(),
                    SpeedupLines.amdahl(report));
            chart.getData().add(amdahl);
            hideSymbols(amdahl);
        }
    }

    private static XYChart.Series<Number, Number> series(String name, List<SpeedupLines.Point> points) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(name);
        points.forEach(point -> series.getData().add(new XYChart.Data<>(point.workers(), point.speedup())));
        return series;
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
