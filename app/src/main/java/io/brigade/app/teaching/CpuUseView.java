package io.brigade.app.teaching;

import java.util.List;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * CPU use while rendering: how many threads were rendering over time, one small chart per run on the worker
 * timeline, against a dashed line at the machine's core count. Derived from the same blocks as the timeline.
 */
public final class CpuUseView {

    private static final Font TITLE_FONT = Font.font("System", FontWeight.BOLD, 13);
    private static final Font LABEL_FONT = Font.font("System", 12);
    private static final double PAD = 8;
    private static final double TITLE_HEIGHT = 20;
    private static final double BUCKET_PIXELS = 3;

    private final WorkerTimelineViewModel viewModel;
    private final int cores;
    private final Canvas canvas = new Canvas();
    private final Pane pane = new Pane(canvas);

    public CpuUseView(WorkerTimelineViewModel viewModel, int cores) {
        this.viewModel = viewModel;
        this.cores = cores;
        pane.setId("cpuUse");
        pane.getStyleClass().add("cpu-use");
        pane.setMinSize(0, 0);
        canvas.widthProperty().bind(pane.widthProperty());
        canvas.heightProperty().bind(pane.heightProperty());
        canvas.widthProperty().addListener(observable -> draw());
        canvas.heightProperty().addListener(observable -> draw());
        LiveRedraw.follow(viewModel.runs(), this::draw);
    }

    public Region node() {
        return pane;
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        g.setFill(TimelineColors.GROUND);
        g.fillRect(0, 0, width, height);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFont(TITLE_FONT);
        g.setFill(TimelineColors.TEXT);
        g.fillText("CPU use: threads rendering", PAD, TITLE_HEIGHT / 2);
        List<TimelineRun> runs = List.copyOf(viewModel.runs());
        if (runs.isEmpty() || height < TITLE_HEIGHT * 3) {
            return;
        }
        long now = System.nanoTime();
        long span = Math.max(1_000_000, runs.stream()
                .mapToLong(run -> TimelineLayout.end(run, now) - run.originNanos()).max().orElse(0));
        double chartHeight = (height - TITLE_HEIGHT) / runs.size();
        for (int r = 0; r < runs.size(); r++) {
            drawRun(g, runs.get(r), span, now, PAD + 18, TITLE_HEIGHT + r * chartHeight, width - PAD * 2 - 18,
                    chartHeight - PAD);
        }
    }

    private void drawRun(GraphicsContext g, TimelineRun run, long span, long now, double left, double top,
                         double width, double height) {
        double labelHeight = 16;
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
        g.setFill(TimelineColors.LANE_EVEN);
        g.fillRect(left, plotTop, width, plotHeight);
        g.setFill(TimelineColors.BUSY);
        double bucketWidth = runWidth / buckets;
        for (int b = 0; b < buckets; b++) {
            double h = plotHeight * busy[b] / top1;
            g.fillRect(left + b * bucketWidth, plotTop + plotHeight - h, Math.ceil(bucketWidth), h);
        }
        double coresY = plotTop + plotHeight - plotHeight * cores / top1;
        g.setStroke(TimelineColors.CORES);
        g.setLineWidth(2);
        g.setLineDashes(6, 4);
        g.strokeLine(left, coresY, left + width, coresY);
        g.setLineDashes(null);
        g.setFont(LABEL_FONT);
        g.setFill(TimelineColors.CORES);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(cores + (cores == 1 ? " core" : " cores"), left + width - 4, coresY - 8);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setFill(TimelineColors.MUTED_TEXT);
        g.fillText(Integer.toString((int) Math.floor(top1)), left - 4, plotTop + plotHeight - plotHeight
                * Math.floor(top1) / top1);
        g.fillText("0", left - 4, plotTop + plotHeight - 6);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(TimelineColors.TEXT);
        double average = BusyWorkers.average(blocks, run.originNanos(), end);
        g.fillText(String.format(Locale.ROOT, "%s: %.1f busy on average", shortTitle(run), average), left,
                top + labelHeight / 2);
    }

    private static String shortTitle(TimelineRun run) {
        return run.workers() == 0 ? "UI thread" : run.workers() + (run.workers() == 1 ? " worker" : " workers");
    }
}
