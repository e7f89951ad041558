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
 * CPU use while rendering: how many threads were rendering or encoding frames over time, one small chart per
 * run on the worker timeline, against a dashed line at the machine's core count. Derived from the same blocks
 * as the timeline.
 */
public final class CpuUseView {

    private static final double PAD = 8;
    private static final double TITLE_HEIGHT = 20;
    private static final double AXIS_LABELS = 18;
    private static final double LABEL_HEIGHT = 16;
    private static final double BUCKET_PIXELS = 3;

    private final WorkerTimelineViewModel viewModel;
    private final int cores;
    private final ChartCanvas chart;

    CpuUseView(WorkerTimelineViewModel viewModel, int cores, ObservableValue<ChartStyle> style) {
        this.viewModel = viewModel;
        this.cores = cores;
        chart = new ChartCanvas(viewModel.runs(), style, this::draw);
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
        double titleHeight = style.size(TITLE_HEIGHT);
        double axisLabels = style.size(AXIS_LABELS);
        g.setFill(colors.ground());
        g.fillRect(0, 0, width, height);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFont(style.laneFont());
        g.setFill(colors.text());
        g.fillText("CPU use: threads rendering or encoding", pad, titleHeight / 2);
        List<TimelineRun> runs = List.copyOf(viewModel.runs());
        if (runs.isEmpty() || height < titleHeight * 3) {
            return;
        }
        long now = System.nanoTime();
        long span = Math.max(1_000_000, runs.stream()
                .mapToLong(run -> TimelineLayout.end(run, now) - run.originNanos()).max().orElse(0));
        double chartHeight = (height - titleHeight) / runs.size();
        for (int r = 0; r < runs.size(); r++) {
            drawRun(g, style, runs.get(r), span, now, pad + axisLabels, titleHeight + r * chartHeight,
                    width - pad * 2 - axisLabels, chartHeight - pad);
        }
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
        double[] busy = BusyWorkers.sample(blocks, run.originNanos(), end, buckets);
        g.setFill(colors.laneEven());
        g.fillRect(left, plotTop, width, plotHeight);
        g.setFill(colors.busy());
        double bucketWidth = runWidth / buckets;
        for (int b = 0; b < buckets; b++) {
            double h = plotHeight * busy[b] / top1;
            g.fillRect(left + b * bucketWidth, plotTop + plotHeight - h, Math.ceil(bucketWidth), h);
        }
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
        double average = BusyWorkers.average(blocks, run.originNanos(), end);
        g.fillText(String.format(Locale.ROOT, "%s: %.1f busy on average", shortTitle(run), average), left,
                top + labelHeight / 2);
    }

    private static String shortTitle(TimelineRun run) {
        return run.workers() == 0 ? "UI thread" : run.workers() + (run.workers() == 1 ? " worker" : " workers");
    }
}
