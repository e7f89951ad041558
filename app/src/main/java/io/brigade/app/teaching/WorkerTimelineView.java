package io.brigade.app.teaching;

import io.brigade.app.export.SnapshotScale;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.value.ObservableValue;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * The worker timeline drawn on a canvas: per run a header and one lane per thread, a block per frame or
 * tile coloured by frame, idle gaps left empty, one time axis below. It redraws on every pulse while a run
 * is running, so running blocks grow smoothly between samples. Hovering a block shows what it was.
 */
public final class WorkerTimelineView {

    private static final double HOVER_OFFSET = 14;
    private static final double LEGEND_SWATCH = 12;
    private static final double TICK_SPACING = 110;
    private static final String UI_FREE_NOTE = "free: it only started the render, and keeps drawing the window";

    private final WorkerTimelineViewModel viewModel;
    private final Label hover = new Label();
    private final ChartCanvas chart;

    WorkerTimelineView(WorkerTimelineViewModel viewModel, ObservableValue<ChartStyle> style) {
        this.viewModel = viewModel;
        hover.setId("workerTimelineHover");
        hover.getStyleClass().add("worker-timeline-hover");
        hover.setVisible(false);
        hover.setMouseTransparent(true);
        hover.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        chart = new ChartCanvas(viewModel.runs(), style, this::draw, 0, hover);
        chart.pane().setId("workerTimeline");
        chart.pane().getStyleClass().add("worker-timeline");
        Canvas canvas = chart.canvas();
        canvas.setOnMouseMoved(event -> showHover(event.getX(), event.getY()));
        canvas.setOnMouseExited(event -> hover.setVisible(false));
    }

    /** The timeline's node, to put in a window or take a snapshot of. */
    public Region node() {
        return chart.pane();
    }

    /** The timeline drawn again at {@code scale}, for a picture as sharp as the scale. */
    public WritableImage picture(SnapshotScale scale) {
        return chart.picture(scale);
    }

    Canvas canvas() {
        return chart.canvas();
    }

    private void draw(GraphicsContext g, double width, double height, ChartStyle style) {
        TimelineColors colors = style.colors();
        g.setFill(colors.ground());
        g.fillRect(0, 0, width, height);
        List<TimelineRun> runs = List.copyOf(viewModel.runs());
        if (runs.isEmpty()) {
            g.setFill(colors.mutedText());
            g.setFont(style.headerFont());
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.CENTER);
            double middle = Math.min(height / 2, style.size(40));
            double line = style.headerFont().getSize() * 1.4;
            g.fillText("Render the animation or run Compare:", style.size(12), middle - line / 2);
            g.fillText("each worker thread's work appears here as it happens.", style.size(12), middle + line / 2);
            return;
        }
        long now = System.nanoTime();
        TimelineLayout layout = new TimelineLayout(runs, width, height, now, style.scale());
        drawGrid(g, layout, style);
        for (int r = 0; r < runs.size(); r++) {
            drawRun(g, layout, style, r, runs.get(r), now);
        }
        drawAxis(g, layout, style);
        double titleEnd = style.size(8) + CanvasText.width(title(runs.get(0), now), style.headerFont()) + style.size(16);
        drawLegend(g, style, titleEnd, layout.plotRight(), layout.headerHeight() / 2);
    }

    private static String title(TimelineRun run, long now) {
        long duration = TimelineLayout.end(run, now) - run.originNanos();
        return run.title() + (run.running() ? "  \u2014  running, " : "  \u2014  ")
                + ResponsivenessViewModel.millis(duration);
    }

    /** {@code font}, or a smaller one of its kind where lanes squeezed to {@code lane} pixels would overlap it. */
    private static Font fitting(Font font, double lane) {
        double most = lane * 0.8;
        return font.getSize() <= most ? font
                : Font.font(font.getFamily(), FontWeight.findByName(font.getStyle()), most);
    }

    private void drawRun(GraphicsContext g, TimelineLayout layout, ChartStyle style, int index, TimelineRun run,
                         long now) {
        TimelineColors colors = style.colors();
        double top = layout.runTop(index);
        double indent = style.size(8);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFont(style.headerFont());
        g.setFill(colors.text());
        g.fillText(title(run, now), indent, top + layout.headerHeight() / 2);
        double lane = layout.laneHeight();
        g.setFont(fitting(style.laneFont(), lane));
        for (int l = 0; l < run.laneCount(); l++) {
            double y = layout.laneTop(index, l);
            g.setFill(l % 2 == 0 ? colors.laneEven() : colors.laneOdd());
            g.fillRect(0, y, layout.plotRight(), lane);
            g.setFill(l == TimelineRun.UI_LANE ? colors.uiLabel() : colors.text());
            g.fillText(run.laneLabel(l), indent, y + lane / 2);
        }
        for (TimelineBlock block : run.blocks()) {
            drawBlock(g, layout, style, index, run, block, now);
        }
        if (run.workers() > 0 && run.blocks().stream().noneMatch(block -> block.lane() == TimelineRun.UI_LANE)) {
            Font font = fitting(style.blockFont(), lane);
            g.setFont(font);
            g.setFill(colors.mutedText());
            g.fillText(CanvasText.fit(UI_FREE_NOTE, font, layout.plotRight() - layout.plotLeft() - indent),
                    layout.plotLeft() + indent, layout.laneTop(index, TimelineRun.UI_LANE) + lane / 2);
        }
    }

    private void drawBlock(GraphicsContext g, TimelineLayout layout, ChartStyle style, int index, TimelineRun run,
                           TimelineBlock block, long now) {
        TimelineColors colors = style.colors();
        long end = block.running() ? TimelineLayout.end(run, now) : block.endNanos();
        double x0 = layout.x(block.startNanos() - run.originNanos());
        double x1 = Math.max(x0 + 1.5, layout.x(end - run.originNanos()));
        double y = layout.laneTop(index, block.lane()) + 2;
        double h = layout.laneHeight() - 4;
        if (block.kind() == TimelineBlock.Kind.ENCODE) { // half height: the same frame's next step, not a new frame
            y += h / 4;
            h /= 2;
        }
        Color fill = switch (block.kind()) {
            case RENDER, ENCODE, WRITE -> colors.frame(block.frame());
            case WAIT -> colors.waiting();
            case BLOCKED -> colors.blocked();
        };
        g.setGlobalAlpha(block.isAbandoned() ? 0.35 : 1);
        g.setFill(fill);
        g.fillRect(x0, y, x1 - x0, h);
        if (block.running()) {
            g.setStroke(colors.runningEdge());
            g.setLineWidth(2);
            g.strokeRect(x0 + 1, y + 1, x1 - x0 - 2, h - 2);
        }
        if (block.kind() == TimelineBlock.Kind.WAIT) {
            hatch(g, colors, x0, y, x1 - x0, h);
        }
        g.setGlobalAlpha(1);
        String text = switch (block.kind()) {
            case BLOCKED -> "UI blocked: the window is frozen";
            case WAIT -> "wait";
            case RENDER, ENCODE, WRITE -> block.frame() >= 0 ? Integer.toString(block.frame()) : "";
        };
        g.setFont(style.blockFont());
        if (!text.isEmpty() && x1 - x0 > style.size(8) * text.length() + 6 && h >= style.size(12)) {
            g.setFill(TimelineColors.textOn(fill));
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText(text, (x0 + x1) / 2, y + h / 2);
            g.setTextAlign(TextAlignment.LEFT);
        }
    }

    /**
     * Diagonal stripes over a wait, so it reads as "not working" next to the frames' solid blocks. Each stripe is
     * cut to the block by arithmetic, not by a clip: a canvas clip costs a mask per use in software rendering,
     * and a live redraw draws many waits.
     */
    private static void hatch(GraphicsContext g, TimelineColors colors, double x, double y, double w, double h) {
        g.save();
        g.setStroke(colors.waitStripe());
        g.setLineWidth(2);
        g.setLineCap(StrokeLineCap.BUTT);
        for (double sx = x - h; sx < x + w; sx += 7) {
            // The stripe runs from (sx, y + h) up to (sx + h, y): (sx + t, y + h - t) for t in [0, h].
            double from = Math.max(0, x - sx);
            double to = Math.min(h, x + w - sx);
            if (from < to) {
                g.strokeLine(sx + from, y + h - from, sx + to, y + h - to);
            }
        }
        g.restore();
    }

    /**
     * What the colours mean, at the right of the top header: as many entries as fit right of {@code left},
     * "still running" given up first, then the wait, then the blocked UI thread.
     */
    private static void drawLegend(GraphicsContext g, ChartStyle style, double left, double right, double middle) {
        TimelineColors colors = style.colors();
        String[] labels = {"colour = frame", "waiting for the output", "UI thread blocked", "still running"};
        Color[] fills = {colors.frame(1), colors.waiting(), colors.blocked(), colors.ground()};
        double swatch = style.size(LEGEND_SWATCH);
        double[] widths = new double[labels.length];
        for (int i = 0; i < labels.length; i++) {
            widths[i] = swatch + style.size(18) + CanvasText.width(labels[i], style.axisFont());
        }
        List<Integer> shown = new ArrayList<>(List.of(0, 1, 2, 3));
        for (int dropped : new int[] {3, 1, 2, 0}) {
            if (shown.stream().mapToDouble(i -> widths[i]).sum() <= right - left) {
                break;
            }
            shown.remove(Integer.valueOf(dropped));
        }
        g.setFont(style.axisFont());
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        double x = right - shown.stream().mapToDouble(i -> widths[i]).sum();
        for (int i : shown) {
            g.setFill(fills[i]);
            g.fillRect(x, middle - swatch / 2, swatch, swatch);
            if (i == 1) {
                hatch(g, colors, x, middle - swatch / 2, swatch, swatch);
            }
            if (i == 3) {
                g.setStroke(colors.runningEdge());
                g.setLineWidth(2);
                g.strokeRect(x + 1, middle - swatch / 2 + 1, swatch - 2, swatch - 2);
            }
            g.setFill(colors.mutedText());
            g.fillText(labels[i], x + swatch + style.size(5), middle);
            x += widths[i];
        }
    }

    private static void drawGrid(GraphicsContext g, TimelineLayout layout, ChartStyle style) {
        double seconds = layout.spanNanos() / 1e9;
        double step = tickStep(layout, style);
        g.setStroke(style.colors().grid());
        g.setLineWidth(1);
        for (double t = 0; t <= seconds + 1e-9; t += step) {
            double x = Math.round(layout.x((long) (t * 1e9))) + 0.5;
            g.strokeLine(x, 0, x, layout.axisTop());
        }
    }

    private static void drawAxis(GraphicsContext g, TimelineLayout layout, ChartStyle style) {
        double top = layout.axisTop();
        double seconds = layout.spanNanos() / 1e9;
        double step = tickStep(layout, style);
        g.setStroke(style.colors().axis());
        g.setLineWidth(1.5);
        g.strokeLine(layout.plotLeft(), top + 1, layout.plotRight(), top + 1);
        g.setFill(style.colors().axis());
        g.setFont(style.axisFont());
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.CENTER);
        for (double t = 0; t <= seconds + 1e-9; t += step) {
            double x = layout.x((long) (t * 1e9));
            g.strokeLine(x, top + 1, x, top + style.size(6));
            g.fillText(seconds(t, step), x, top + style.size(8));
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText("time since start", style.size(8), top + style.size(8));
    }

    /** About one tick per {@link #TICK_SPACING} pixels of the normal look. */
    private static double tickStep(TimelineLayout layout, ChartStyle style) {
        int wanted = Math.max(2, (int) ((layout.plotRight() - layout.plotLeft()) / style.size(TICK_SPACING)));
        return TimelineLayout.tickSeconds(layout.spanNanos() / 1e9, wanted);
    }

    private static String seconds(double t, double step) {
        int decimals = step >= 1 ? 0 : step >= 0.1 ? 1 : step >= 0.01 ? 2 : 3;
        return String.format(Locale.ROOT, "%." + decimals + "f s", t);
    }

    private void showHover(double x, double y) {
        long now = System.nanoTime();
        Canvas canvas = chart.canvas();
        TimelineLayout layout = new TimelineLayout(viewModel.runs(), canvas.getWidth(), canvas.getHeight(), now,
                chart.style().scale());
        Optional<TimelineLayout.Hit> hit = layout.hit(x, y, now);
        hover.setVisible(hit.isPresent());
        hit.ifPresent(found -> {
            hover.setText(describe(found.run(), found.block(), now));
            hover.autosize();
            Region pane = node();
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
