package io.brigade.app.teaching;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * The worker timeline drawn on a canvas: per run a header and one lane per thread, a block per frame or
 * tile coloured by frame, idle gaps left empty, one time axis below. It redraws on every pulse while a run
 * is running, so running blocks grow smoothly between samples. Hovering a block shows what it was.
 */
public final class WorkerTimelineView {

    private static final Font LANE_FONT = Font.font("System", FontWeight.BOLD, 13);
    private static final Font HEADER_FONT = Font.font("System", FontWeight.BOLD, 14);
    private static final Font BLOCK_FONT = Font.font("System", FontWeight.BOLD, 12);
    private static final Font AXIS_FONT = Font.font("System", 12);
    private static final double HOVER_OFFSET = 14;
    private static final double LEGEND_SWATCH = 12;

    private final WorkerTimelineViewModel viewModel;
    private final Canvas canvas = new Canvas();
    private final Label hover = new Label();
    private final Pane pane = new Pane(canvas, hover);

    public WorkerTimelineView(WorkerTimelineViewModel viewModel) {
        this.viewModel = viewModel;
        pane.setId("workerTimeline");
        pane.getStyleClass().add("worker-timeline");
        pane.setMinSize(0, 0);
        canvas.widthProperty().bind(pane.widthProperty());
        canvas.heightProperty().bind(pane.heightProperty());
        canvas.widthProperty().addListener(observable -> draw());
        canvas.heightProperty().addListener(observable -> draw());
        hover.setId("workerTimelineHover");
        hover.getStyleClass().add("worker-timeline-hover");
        hover.setVisible(false);
        hover.setMouseTransparent(true);
        hover.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        canvas.setOnMouseMoved(event -> showHover(event.getX(), event.getY()));
        canvas.setOnMouseExited(event -> hover.setVisible(false));
        LiveRedraw.follow(viewModel.runs(), this::draw);
    }

    /** The timeline's node, to put in a window or take a snapshot of. */
    public Region node() {
        return pane;
    }

    Canvas canvas() {
        return canvas;
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        g.setFill(TimelineColors.GROUND);
        g.fillRect(0, 0, width, height);
        List<TimelineRun> runs = List.copyOf(viewModel.runs());
        if (runs.isEmpty()) {
            g.setFill(TimelineColors.MUTED_TEXT);
            g.setFont(HEADER_FONT);
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.CENTER);
            g.fillText("Render the animation or run Compare: each worker thread's work appears here as it happens.",
                    12, Math.min(height / 2, 40));
            return;
        }
        long now = System.nanoTime();
        TimelineLayout layout = new TimelineLayout(runs, width, height, now);
        drawGrid(g, layout);
        for (int r = 0; r < runs.size(); r++) {
            drawRun(g, layout, r, runs.get(r), now);
        }
        drawAxis(g, layout, width);
        drawLegend(g, layout.plotRight(), TimelineLayout.HEADER_HEIGHT / 2);
    }

    private void drawRun(GraphicsContext g, TimelineLayout layout, int index, TimelineRun run, long now) {
        double top = layout.runTop(index);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFont(HEADER_FONT);
        g.setFill(TimelineColors.TEXT);
        long duration = TimelineLayout.end(run, now) - run.originNanos();
        g.fillText(run.title() + (run.running() ? "  \u2014  running, " : "  \u2014  ")
                + ResponsivenessViewModel.millis(duration), 8, top + TimelineLayout.HEADER_HEIGHT / 2);
        double lane = layout.laneHeight();
        for (int l = 0; l < run.laneCount(); l++) {
            double y = layout.laneTop(index, l);
            g.setFill(l % 2 == 0 ? TimelineColors.LANE_EVEN : TimelineColors.LANE_ODD);
            g.fillRect(0, y, layout.plotRight(), lane);
            g.setFill(l == TimelineRun.UI_LANE ? TimelineColors.BLOCKED.brighter() : TimelineColors.TEXT);
            g.setFont(LANE_FONT);
            g.fillText(run.laneLabel(l), 8, y + lane / 2);
        }
        for (TimelineBlock block : run.blocks()) {
            drawBlock(g, layout, index, run, block, now);
        }
        if (run.workers() > 0 && run.blocks().stream().noneMatch(block -> block.lane() == TimelineRun.UI_LANE)) {
            g.setFont(BLOCK_FONT);
            g.setFill(TimelineColors.MUTED_TEXT);
            g.fillText("free: it only started the render, and keeps drawing the window", layout.plotLeft() + 8,
                    layout.laneTop(index, TimelineRun.UI_LANE) + lane / 2);
        }
    }

    private void drawBlock(GraphicsContext g, TimelineLayout layout, int index, TimelineRun run, TimelineBlock block,
                           long now) {
        long end = block.running() ? TimelineLayout.end(run, now) : block.endNanos();
        double x0 = layout.x(block.startNanos() - run.originNanos());
        double x1 = Math.max(x0 + 1.5, layout.x(end - run.originNanos()));
        double y = layout.laneTop(index, block.lane()) + 2;
        double h = layout.laneHeight() - 4;
        Color fill = switch (block.kind()) {
            case RENDER, WRITE -> TimelineColors.frame(block.frame());
            case WAIT -> TimelineColors.WAIT;
            case BLOCKED -> TimelineColors.BLOCKED;
        };
        g.setGlobalAlpha(block.isAbandoned() ? 0.35 : 1);
        g.setFill(fill);
        g.fillRect(x0, y, x1 - x0, h);
        if (block.running()) {
            g.setStroke(TimelineColors.RUNNING_EDGE);
            g.setLineWidth(2);
            g.strokeRect(x0 + 1, y + 1, x1 - x0 - 2, h - 2);
        }
        if (block.kind() == TimelineBlock.Kind.WAIT) {
            hatch(g, x0, y, x1 - x0, h);
        }
        g.setGlobalAlpha(1);
        String text = switch (block.kind()) {
            case BLOCKED -> "UI blocked: the window is frozen";
            case WAIT -> "wait";
            case RENDER, WRITE -> block.frame() >= 0 ? Integer.toString(block.frame()) : "";
        };
        g.setFont(BLOCK_FONT);
        if (!text.isEmpty() && x1 - x0 > 8 * text.length() + 6 && h >= 12) {
            g.setFill(TimelineColors.textOn(fill));
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText(text, (x0 + x1) / 2, y + h / 2);
            g.setTextAlign(TextAlignment.LEFT);
        }
    }

    /** Diagonal stripes over a wait, so it reads as "not working" next to the frames' solid blocks. */
    private static void hatch(GraphicsContext g, double x, double y, double w, double h) {
        g.save();
        g.beginPath();
        g.rect(x, y, w, h);
        g.clip();
        g.setStroke(TimelineColors.WAIT_STRIPE);
        g.setLineWidth(2);
        for (double sx = x - h; sx < x + w; sx += 7) {
            g.strokeLine(sx, y + h, sx + h, y);
        }
        g.restore();
    }

    /** What the colours mean, at the right of the top header. */
    private static void drawLegend(GraphicsContext g, double right, double middle) {
        String[] labels = {"colour = frame", "waiting for the output", "UI thread blocked", "still running"};
        Color[] fills = {TimelineColors.frame(1), TimelineColors.WAIT, TimelineColors.BLOCKED, TimelineColors.GROUND};
        g.setFont(AXIS_FONT);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        double x = right;
        for (int i = labels.length - 1; i >= 0; i--) {
            Text measure = new Text(labels[i]);
            measure.setFont(AXIS_FONT);
            x -= measure.getLayoutBounds().getWidth() + LEGEND_SWATCH + 18;
            g.setFill(fills[i]);
            g.fillRect(x, middle - LEGEND_SWATCH / 2, LEGEND_SWATCH, LEGEND_SWATCH);
            if (i == 1) {
                hatch(g, x, middle - LEGEND_SWATCH / 2, LEGEND_SWATCH, LEGEND_SWATCH);
            }
            if (i == labels.length - 1) {
                g.setStroke(TimelineColors.RUNNING_EDGE);
                g.setLineWidth(2);
                g.strokeRect(x + 1, middle - LEGEND_SWATCH / 2 + 1, LEGEND_SWATCH - 2, LEGEND_SWATCH - 2);
            }
            g.setFill(TimelineColors.MUTED_TEXT);
            g.fillText(labels[i], x + LEGEND_SWATCH + 5, middle);
        }
    }

    private void drawGrid(GraphicsContext g, TimelineLayout layout) {
        double seconds = layout.spanNanos() / 1e9;
        double step = TimelineLayout.tickSeconds(seconds, Math.max(2, (int) ((layout.plotRight() - layout.plotLeft()) / 110)));
        g.setStroke(TimelineColors.GRID);
        g.setLineWidth(1);
        for (double t = 0; t <= seconds + 1e-9; t += step) {
            double x = Math.round(layout.x((long) (t * 1e9))) + 0.5;
            g.strokeLine(x, 0, x, layout.axisTop());
        }
    }

    private void drawAxis(GraphicsContext g, TimelineLayout layout, double width) {
        double top = layout.axisTop();
        double seconds = layout.spanNanos() / 1e9;
        double step = TimelineLayout.tickSeconds(seconds, Math.max(2, (int) ((layout.plotRight() - layout.plotLeft()) / 110)));
        g.setStroke(TimelineColors.AXIS);
        g.setLineWidth(1.5);
        g.strokeLine(layout.plotLeft(), top + 1, layout.plotRight(), top + 1);
        g.setFill(TimelineColors.AXIS);
        g.setFont(AXIS_FONT);
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.CENTER);
        for (double t = 0; t <= seconds + 1e-9; t += step) {
            double x = layout.x((long) (t * 1e9));
            g.strokeLine(x, top + 1, x, top + 6);
            g.fillText(seconds(t, step), x, top + 8);
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText("time since start", 8, top + 8);
    }

    private static String seconds(double t, double step) {
        int decimals = step >= 1 ? 0 : step >= 0.1 ? 1 : step >= 0.01 ? 2 : 3;
        return String.format(Locale.ROOT, "%." + decimals + "f s", t);
    }

    private void showHover(double x, double y) {
        long now = System.nanoTime();
        TimelineLayout layout = new TimelineLayout(viewModel.runs(), canvas.getWidth(), canvas.getHeight(), now);
        Optional<TimelineLayout.Hit> hit = layout.hit(x, y, now);
        hover.setVisible(hit.isPresent());
        hit.ifPresent(found -> {
            hover.setText(describe(found.run(), found.block(), now));
            hover.autosize();
            double left = x + HOVER_OFFSET + hover.getWidth() > pane.getWidth() ? x - HOVER_OFFSET - hover.getWidth()
                    : x + HOVER_OFFSET;
            double top = Math.min(y + HOVER_OFFSET, pane.getHeight() - hover.getHeight());
            hover.relocate(Math.max(0, left), Math.max(0, top));
        });
    }

    /** The hover card's text: what, where and when. */
    static String describe(TimelineRun run, TimelineBlock block, long nowNanos) {
        long end = block.running() ? TimelineLayout.end(run, nowNanos) : block.endNanos();
        String when = String.format(Locale.ROOT, "%.3f s \u2192 %.3f s (%s)", (block.startNanos() - run.originNanos()) / 1e9,
                (end - run.originNanos()) / 1e9, ResponsivenessViewModel.millis(end - block.startNanos()));
        String state = block.running() ? "\nstill running" : block.isAbandoned() ? "\n" + block.outcome() : "";
        String what = block.kind() == TimelineBlock.Kind.WAIT && block.frame() >= 0
                ? "waiting to hand frame " + block.frame() + " to the output (queue full)" : block.label();
        return what + "\n" + run.laneLabel(block.lane()) + "\n" + when + state;
    }
}
