package io.brigade.app.teaching;

import io.brigade.app.export.SnapshotScale;
import java.util.Objects;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;

/**
 * A chart of the timeline's runs on a canvas that fills its pane: drawn again when the pane resizes, the style
 * changes or the runs change (live while one runs), and drawn again at a scale for a sharp picture, where a
 * snapshot of the canvas would only enlarge its pixels. Use on the FX thread.
 */
final class ChartCanvas {

    /** Draws a chart {@code width} by {@code height} in {@code style}, in the context's units. */
    @FunctionalInterface
    interface Painter {
        void paint(GraphicsContext g, double width, double height, ChartStyle style);
    }

    private final Painter painter;
    private final ObservableValue<ChartStyle> style;
    private final Canvas canvas = new Canvas();
    private final Pane pane;

    /**
     * {@code overlays} lie over the canvas in the pane, such as a hover card; while a run is running the chart
     * redraws {@code redrawOffsetNanos} into each of {@link LiveRedraw}'s periods.
     */
    ChartCanvas(ObservableList<TimelineRun> runs, ObservableValue<ChartStyle> style, Painter painter,
                long redrawOffsetNanos, Node... overlays) {
        this.painter = Objects.requireNonNull(painter, "painter");
        this.style = Objects.requireNonNull(style, "style");
        pane = new Pane(canvas);
        pane.getChildren().addAll(overlays);
        pane.setMinSize(0, 0);
        canvas.widthProperty().bind(pane.widthProperty());
        canvas.heightProperty().bind(pane.heightProperty());
        canvas.widthProperty().addListener(observable -> draw());
        canvas.heightProperty().addListener(observable -> draw());
        style.addListener(observable -> draw());
        LiveRedraw.follow(runs, this::draw, redrawOffsetNanos);
    }

    Pane pane() {
        return pane;
    }

    Canvas canvas() {
        return canvas;
    }

    ChartStyle style() {
        return style.getValue();
    }

    /** The chart as on screen, drawn at {@code scale}: exactly that many times the pane's size in whole pixels. */
    WritableImage picture(SnapshotScale scale) {
        int factor = scale.factor();
        int width = Math.max(1, (int) Math.ceil(pane.getWidth()) * factor);
        int height = Math.max(1, (int) Math.ceil(pane.getHeight()) * factor);
        Canvas offscreen = new Canvas(width, height);
        GraphicsContext g = offscreen.getGraphicsContext2D();
        g.scale(factor, factor);
        painter.paint(g, (double) width / factor, (double) height / factor, style());
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(style().colors().ground());
        return offscreen.snapshot(parameters, new WritableImage(width, height));
    }

    private void draw() {
        painter.paint(canvas.getGraphicsContext2D(), canvas.getWidth(), canvas.getHeight(), style());
    }
}
