package io.brigade.app.teaching;

import io.brigade.app.theme.Theme;
import javafx.animation.AnimationTimer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.shape.ArcType;

/**
 * The responsiveness meter for the status bar: a spinner turned by the FX pulse, so it visibly stops when
 * the UI thread is frozen; the newest and the worst UI frame gap; a sparkline of the gaps of the last
 * seconds on a log scale, freezes in red. Its animation timer feeds the view model every pulse; the sparkline
 * redraws ten times a second, which is all an eye follows and a tenth of the drawing.
 */
public final class ResponsivenessMeterView {

    private static final double SPINNER = 18;
    private static final double SPARK_WIDTH = 120;
    private static final double SPARK_HEIGHT = 18;
    private static final double TOOLTIP_WIDTH = 380;
    /** One turn a second: slow enough to follow, fast enough that a stop shows at once. */
    private static final double DEGREES_PER_SECOND = 360;
    private static final double SMOOTH_MILLIS = 16.7;
    private static final double SPARK_TOP_MILLIS = 10_000;
    /** The sparkline's bars move ten times a second, between the charts' redraws (see {@link LiveRedraw}). */
    private static final long SPARK_OFFSET_NANOS = LiveRedraw.EVERY_NANOS / 4;

    private ResponsivenessMeterView() {
    }

    /** The meter in the colours of {@code theme}, which it follows. */
    public static HBox create(ResponsivenessViewModel viewModel, ObservableValue<Theme> theme) {
        ObjectProperty<SparklineColors> colors = new SimpleObjectProperty<>();
        colors.bind(theme.map(SparklineColors::of));
        Canvas spinner = new Canvas(SPINNER, SPINNER);
        spinner.setId("responsivenessSpinner");
        Canvas sparkline = new Canvas(SPARK_WIDTH, SPARK_HEIGHT);
        sparkline.setId("responsivenessSparkline");
        Label current = new Label();
        current.setId("responsivenessCurrent");
        current.getStyleClass().add("status-field");
        current.setMinWidth(Region.USE_PREF_SIZE);
        current.textProperty().bind(viewModel.currentGapTextProperty());
        Label worst = new Label();
        worst.setId("responsivenessWorst");
        worst.getStyleClass().add("status-field");
        worst.setMinWidth(Region.USE_PREF_SIZE);
        worst.textProperty().bind(viewModel.worstGapTextProperty());
        Tooltip percentiles = new Tooltip();
        percentiles.textProperty().bind(viewModel.gapSummaryTextProperty());
        percentiles.setWrapText(true);
        percentiles.setPrefWidth(TOOLTIP_WIDTH);
        worst.setTooltip(percentiles);
        viewModel.frozeLatelyProperty().addListener((observable, was, froze) -> {
            if (froze) {
                worst.getStyleClass().add("responsiveness-frozen");
            } else {
                worst.getStyleClass().remove("responsiveness-frozen");
            }
        });
        Cadence sparklineRedraw = new Cadence(LiveRedraw.EVERY_NANOS, SPARK_OFFSET_NANOS);
        AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                viewModel.pulse(now);
                drawSpinner(spinner.getGraphicsContext2D(), colors.get(), now, true);
                if (sparklineRedraw.due(now)) {
                    drawSparkline(sparkline.getGraphicsContext2D(), colors.get(), viewModel.gapsMillis());
                }
            }
        };
        HBox meter = new HBox(6, spinner, current, worst, sparkline);
        meter.setId("responsivenessMeter");
        meter.getStyleClass().add("responsiveness-meter");
        meter.setAlignment(Pos.CENTER_LEFT);
        Tooltip.install(meter, new Tooltip("UI responsiveness: the spinner turns on every UI frame and stops when the"
                + " UI thread is frozen; the figures are the newest and the worst gap between UI frames in the last"
                + " 5 seconds (a live window draws every 17 ms)"));
        // The timer runs only while the meter measures: an idle window then asks for no pulse at all.
        Runnable follow = () -> {
            if (meter.getScene() != null && viewModel.measuringProperty().get()) {
                timer.start();
            } else {
                timer.stop();
                drawSpinner(spinner.getGraphicsContext2D(), colors.get(), 0, false);
                drawSparkline(sparkline.getGraphicsContext2D(), colors.get(), viewModel.gapsMillis());
            }
        };
        colors.addListener((observable, old, now) -> follow.run());
        meter.sceneProperty().addListener((observable, old, scene) -> follow.run());
        viewModel.measuringProperty().addListener((observable, was, now) -> follow.run());
        meter.sceneProperty().addListener((observable, old, scene) -> {
            if (scene != null) {
                scene.addEventFilter(MouseEvent.MOUSE_DRAGGED, event -> viewModel.nudge());
                scene.addEventFilter(ScrollEvent.SCROLL, event -> viewModel.nudge());
                scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> viewModel.nudge());
            }
        });
        follow.run();
        return meter;
    }

    private static void drawSpinner(GraphicsContext g, SparklineColors colors, long now, boolean turning) {
        double angle = (now / 1e9 * DEGREES_PER_SECOND) % 360;
        g.clearRect(0, 0, SPINNER, SPINNER);
        g.setStroke(colors.ring());
        g.setLineWidth(3);
        g.strokeOval(2, 2, SPINNER - 4, SPINNER - 4);
        if (!turning) {
            return; // at rest: the empty ring
        }
        g.setStroke(colors.live());
        g.strokeArc(2, 2, SPINNER - 4, SPINNER - 4, -angle, 100, ArcType.OPEN);
    }

    private static void drawSparkline(GraphicsContext g, SparklineColors colors, double[] gapsMillis) {
        g.clearRect(0, 0, SPARK_WIDTH, SPARK_HEIGHT);
        g.setFill(colors.ground());
        g.fillRect(0, 0, SPARK_WIDTH, SPARK_HEIGHT);
        double smoothY = y(SMOOTH_MILLIS);
        g.setStroke(colors.smoothLine());
        g.setLineWidth(1);
        g.strokeLine(0, smoothY, SPARK_WIDTH, smoothY);
        int shown = Math.min(gapsMillis.length, (int) SPARK_WIDTH);
        double step = SPARK_WIDTH / Math.max(1, shown);
        for (int i = 0; i < shown; i++) {
            double gap = gapsMillis[gapsMillis.length - shown + i];
            double top = y(gap);
            g.setFill(gap >= 250 ? colors.frozen() : gap >= 50 ? colors.slow() : colors.live());
            g.fillRect(i * step, top, Math.max(1, step), SPARK_HEIGHT - top);
        }
    }

    /** Log scale from 1 ms at the bottom to 10 s at the top, so a 17 ms frame and a 8 s freeze both show. */
    private static double y(double millis) {
        double fraction = Math.log10(Math.max(1, millis)) / Math.log10(SPARK_TOP_MILLIS);
        return SPARK_HEIGHT - Math.min(1, fraction) * (SPARK_HEIGHT - 1);
    }
}
