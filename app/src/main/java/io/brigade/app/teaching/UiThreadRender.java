package io.brigade.app.teaching;

import io.brigade.engine.io.FrameSink;
import io.brigade.engine.raster.FrameRenderer;
import io.brigade.engine.raster.RenderedFrame;
import io.brigade.engine.raster.Region;
import io.brigade.engine.scene.RenderSettings;
import io.brigade.engine.schedule.CancellationToken;
import io.brigade.engine.schedule.JobOutcome;
import io.brigade.engine.schedule.JobResult;
import io.brigade.engine.schedule.RenderEvent;
import io.brigade.engine.schedule.RenderJobException;
import io.brigade.engine.schedule.RenderListener;
import io.brigade.engine.schedule.RenderRequest;
import io.brigade.engine.schedule.TraceSpan;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A render with no worker threads at all: the calling thread renders and writes every frame itself, one
 * after another, and only then returns. Called on the FX thread, this is blocking mode with one worker:
 * the textbook frozen window. It reports to a {@link RenderListener} as a scheduled job would, on the
 * calling thread, and records its own trace spans.
 */
final class UiThreadRender {

    private final RenderRequest request;
    private final RenderListener listener;
    private final String thread = Thread.currentThread().getName();
    private final List<TraceSpan> spans = new ArrayList<>();
    private final FrameRenderer renderer = new FrameRenderer();

    private UiThreadRender(RenderRequest request, RenderListener listener) {
        this.request = request;
        this.listener = listener;
    }

    /** Renders {@code request} on this thread; returns what it did when, once every frame is written. */
    static List<TraceSpan> run(RenderRequest request, RenderListener listener) {
        UiThreadRender render = new UiThreadRender(request, listener);
        render.renderAll();
        return List.copyOf(render.spans);
    }

    private void renderAll() {
        RenderSettings settings = request.settings();
        long start = System.nanoTime();
        int total = settings.frameCount();
        listener.jobStarted(new RenderEvent.JobStarted(settings.startFrame(), settings.endFrame(), total, List.of(),
                1, settings.width(), settings.height(), start));
        int done = 0;
        Optional<RenderJobException> failure = Optional.empty();
        for (int frame = settings.startFrame(); frame <= settings.endFrame(); frame++) {
            try {
                renderAndWrite(frame, settings);
                done++;
                long elapsed = System.nanoTime() - start;
                double fps = done / (elapsed / 1e9);
                listener.progress(new RenderEvent.Progress(done, total, Duration.ofNanos(elapsed), fps,
                        Optional.of(Duration.ofNanos((long) ((total - done) / fps * 1e9)))));
            } catch (RenderJobException e) {
                failure = Optional.of(e);
                break;
            }
        }
        JobResult result = new JobResult(failure.isPresent() ? JobOutcome.FAILED : JobOutcome.COMPLETED, done, 0,
                total, Duration.ofNanos(System.nanoTime() - start), failure);
        listener.jobFinished(new RenderEvent.JobFinished(result));
    }

    private void renderAndWrite(int frame, RenderSettings settings) throws RenderJobException {
        long start = System.nanoTime();
        listener.taskStarted(new RenderEvent.TaskStarted(frame, Region.full(settings.width(), settings.height()), 0, 1,
                thread, start));
        RenderedFrame rendered;
        try {
            rendered = renderer.render(request.poses().apply(frame), settings, CancellationToken.NONE);
        } catch (RuntimeException e) {
            record("frame " + frame, "render", start, Map.of("frame", frame, "outcome", "failed"));
            throw RenderJobException.atFrame(frame, "rendering failed", e);
        }
        long end = System.nanoTime();
        record("frame " + frame, "render", start, Map.of("frame", frame, "outcome", "rendered"));
        Optional<FrameSink> sink = request.output();
        if (sink.isPresent()) {
            write(sink.get(), rendered);
        }
        listener.frameFinished(new RenderEvent.FrameFinished(rendered, thread, start, end, end - start, 1));
    }

    private void write(FrameSink sink, RenderedFrame rendered) throws RenderJobException {
        int frame = rendered.frame();
        long start = System.nanoTime();
        String outcome = "written";
        try {
            sink.write(rendered);
        } catch (IOException | RuntimeException e) {
            outcome = "failed";
            throw RenderJobException.atFrame(frame, "could not write " + sink.destination(frame), e);
        } finally {
            record("write frame " + frame, "write", start, Map.of("frame", frame, "destination",
                    sink.destination(frame), "outcome", outcome));
        }
    }

    private void record(String name, String category, long start, Map<String, Object> args) {
        spans.add(new TraceSpan(name, category, thread, start, System.nanoTime() - start, args));
    }
}
