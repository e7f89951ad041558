package io.brigade.app.teaching;

import io.brigade.app.export.SnapshotScale;
import java.util.List;
import java.util.Locale;
import javafx.beans.value.ObservableValue;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.text.TextAlignment;

/**
 * CPU use while rendering, one small chart per run on the worker timeline: the cores the workers really kept
 * busy (filled, measured from their CPU time, so never above the cores) next to the threads that had work,
 * rendering or encoding (a line, from the same blocks as the timeline), against a dashed line at the machine's
 * core count. With more
 * workers than cores the line stands above the fill: the threads beyond the cores wait their turn.
 */
public final class CpuUseView {

    private static final double PAD = 8;
    private static final double TITLE_HEIGHT = 20;
    private static final double AXIS_LABELS = 18;
    private static final double LABEL_HEIGHT = 16;
    private static final double BUCKET_PIXELS = 3;
    private static final double LEGEND_SWATCH = 11;
    private static final String TITLE = "CPU use";
    private static final String BUSY_LABEL = "cores busy";
    private static final String WORK_LABEL = "threads with work";

    private final WorkerTimelineViewModel viewModel;
    private final int cores;
    private final ChartCanvas chart;

    CpuUseView(WorkerTimelineViewModel viewModel, int cores, ObservableValue<ChartStyle> style) {
        this.viewModel = viewModel;
        this.cores = cores;
        chart = new ChartCanvas(viewModel.runs(), style, this::draw, LiveRedraw.EVERY_NANOS / 2);
        chart.pane().setId("cpuUse");
        chart.pane().getStyleClass().add("cpu-use");
    }

    public Region node() {
        return chart.pane();
    }

    /** The chart drawn again at {@code scale}, for a picture as sharp as the scale. */
    public WritableImage picture(SnapshotScale scale) {
        return chart.picture(scale);
    }

    private void draw(GraphicsContext g, double width, double height, ChartStyle style) {
        TimelineColors colors = style.colors();
        double pad = style.size(PAD);
        double axisLabels = style.size(AXIS_LABELS);
        g.setFill(colors.ground());
        g.fillRect(0, 0, width, height);
        double headerHeight = drawHeader(g, style, pad, width - pad);
        List<TimelineRun> runs = List.copyOf(viewModel.runs());
        if (runs.isEmpty() || height < headerHeight * 2.5) {
            return;
        }
        long now = System.nanoTime();
        long span = Math.max(1_000_000, runs.stream()
                .mapToLong(run -> TimelineLayout.end(run, now) - run.originNanos()).max().orElse(0));
        double chartHeight = (height - headerHeight) / runs.size();
        for (int r = 0; r < runs.size(); r++) {
            drawRun(g, style, runs.get(r), span, now, pad + axisLabels, headerHeight + r * chartHeight,
                    width - pad * 2 - axisLabels, chartHeight - pad);
        }
    }

    /**
     * The title and what the marks mean: on one row where they fit between {@code left} and {@code right},
     * else the legend on a row of its own. Returns the header's height.
     */
    private static double drawHeader(GraphicsContext g, ChartStyle style, double left, double right) {
        TimelineColors colors = style.colors();
        double row = style.size(TITLE_HEIGHT);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFont(style.laneFont());
        g.setFill(colors.text());
        g.fillText(TITLE, left, row / 2);
        double swatch = style.size(LEGEND_SWATCH);
        double gap = style.size(5);
        double busyWidth = swatch + gap + CanvasText.width(BUSY_LABEL, style.axisFont());
        double legendWidth = busyWidth + style.size(12) + swatch + gap
                + CanvasText.width(WORK_LABEL, style.axisFont());
        double titleEnd = left + CanvasText.width(TITLE, style.laneFont()) + style.size(12);
        boolean oneRow = titleEnd + legendWidth <= right;
        double x = oneRow ? right - legendWidth : left;
        double middle = oneRow ? row / 2 : row * 1.5;
        g.setFont(style.axisFont());
        g.setFill(colors.busy());
        g.fillRect(x, middle - swatch / 2, swatch, swatch);
        g.setFill(colors.mutedText());
        g.fillText(BUSY_LABEL, x + swatch + gap, middle);
        x += busyWidth + style.size(12);
        g.setStroke(colors.text());
        g.setLineWidth(style.size(1.5));
        g.strokeLine(x, middle, x + swatch, middle);
        g.fillText(CanvasText.fit(WORK_LABEL, style.axisFont(), right - x - swatch - gap), x + swatch + gap, middle);
        return oneRow ? row : row * 2;
    }

    private void drawRun(GraphicsContext g, ChartStyle style, TimelineRun run, long span, long now, double left,
                         double top, double width, double height) {
        TimelineColors colors = style.colors();
        double labelHeight = style.size(LABEL_HEIGHT);
        double plotTop = top + labelHeight;
        double plotHeight = Math.max(10, height - labelHeight);
        int threads = Math.max(1, run.workers());
        double top1 = Math.max(threads, cores) + 0.5;
        long end = TimelineLayout.end(run, now);
        List<TimelineBlock> blocks = run.blocks().stream().map(block -> block.running()
                ? new TimelineBlock(block.lane(), block.kind(), block.frame(), block.label(), block.startNanos(),
                        Math.max(block.startNanos(), end), true, block.outcome())
                : block).toList();
        double runWidth = width * (end - run.originNanos()) / span;
        int buckets = Math.max(1, (int) (runWidth / BUCKET_PIXELS));
        double[] withWork = BusyWorkers.sample(blocks, run.originNanos(), end, buckets);
        double[] busyCores = BusyCores.sample(run.cpu(), run.originNanos(), end, buckets);
        g.setFill(colors.laneEven());
        g.fillRect(left, plotTop, width, plotHeight);
        double bucketWidth = runWidth / buckets;
        if (!run.cpu().isEmpty()) {
            g.setFill(colors.busy());
            for (int b = 0; b < buckets; b++) {
                double h = plotHeight * busyCores[b] / top1;
                g.fillRect(left + b * bucketWidth, plotTop + plotHeight - h, Math.ceil(bucketWidth), h);
            }
        }
        g.setStroke(colors.text());
        g.setLineWidth(style.size(1.5));
        g.beginPath();
        for (int b = 0; b < buckets; b++) {
            double y = plotTop + plotHeight - plotHeight * withWork[b] / top1;
            if (b == 0) {
                g.moveTo(left, y);
            } else {
                g.lineTo(left + b * bucketWidth, y);
            }
            g.lineTo(left + (b + 1) * bucketWidth, y);
        }
        g.stroke();
        double coresY = plotTop + plotHeight - plotHeight * cores / top1;
        g.setStroke(colors.cores());
        g.setLineWidth(2);
        g.setLineDashes(6, 4);
        g.strokeLine(left, coresY, left + width, coresY);
        g.setLineDashes(null);
        g.setFont(style.axisFont());
        g.setFill(colors.cores());
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(cores + (cores == 1 ? " core" : " cores"), left + width - 4, coresY - style.size(8));
        g.setFill(colors.mutedText());
        g.fillText(Integer.toString((int) Math.floor(top1)), left - 4, plotTop + plotHeight - plotHeight
                * Math.floor(top1) / top1);
        g.fillText("0", left - 4, plotTop + plotHeight - style.size(6));
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(colors.text());
        g.fillText(CanvasText.fit(summary(run, blocks, end), style.axisFont(), width), left, top + labelHeight / 2);
    }

    /** Such as "4 workers, mean: 1.9 cores busy, 4.0 threads" (the threads with work, as the legend says). */
    static String summary(TimelineRun run, List<TimelineBlock> blocks, long end) {
        double threads = BusyWorkers.average(blocks, run.originNanos(), end);
        if (run.cpu().isEmpty()) {
            return String.format(Locale.ROOT, "%s, mean: %.1f threads (CPU time not measured)",
                    shortTitle(run), threads);
        }
        return String.format(Locale.ROOT, "%s, mean: %.1f cores busy, %.1f threads", shortTitle(run),
                BusyCores.average(run.cpu(), run.originNanos(), end), threads);
    }

    private static String shortTitle(TimelineRun run) {
        return run.workers() == 0 ? "UI thread" : run.workers() + (run.workers() == 1 ? " worker" : " workers");
    }
}
