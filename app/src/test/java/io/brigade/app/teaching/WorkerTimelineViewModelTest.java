package io.brigade.app.teaching;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.brigade.app.edit.ObjectEdits;
import io.brigade.app.render.RenderJobs;
import io.brigade.engine.geometry.primitive.PrimitiveKind;
import io.brigade.engine.io.PngSequenceWriter;
import io.brigade.engine.scene.RenderSettings;
import io.brigade.engine.raster.FrameRenderer;
import io.brigade.engine.raster.RenderedFrame;
import io.brigade.engine.scene.Scene;
import io.brigade.engine.schedule.FrameSource;
import io.brigade.engine.schedule.RenderEvent;
import io.brigade.engine.schedule.RenderJob;
import io.brigade.engine.schedule.RenderListener;
import io.brigade.engine.schedule.RenderRequest;
import io.brigade.engine.schedule.RenderScheduler;
import io.brigade.engine.schedule.TraceSpan;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkerTimelineViewModelTest {

    private static final long NO_HANG_SECONDS = 60;
    private static final int FRAMES = 12;
    private static final int WORKERS = 3;

    /** Stands in for the FX thread: tasks wait here until the test thread runs them. */
    private final BlockingQueue<Runnable> fxTasks = new LinkedBlockingQueue<>();
    private final Executor fxThread = fxTasks::add;
    private final WorkerTimelineViewModel timeline = new WorkerTimelineViewModel(fxThread);
    private final RenderJobs scheduler = RenderJobs.scheduler();

    @TempDir
    Path dir;

    private static Scene smallScene() throws Exception {
        RenderSettings settings = RenderSettings.DEFAULT.withSize(64, 36).withAntiAliasing(1)
                .withFrames(0, FRAMES - 1);
        return ObjectEdits.withPrimitiveAdded(Scene.empty(settings), PrimitiveKind.CUBE);
    }

    private void runFxTasksUntil(BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(NO_HANG_SECONDS);
        while (!done.getAsBoolean()) {
            Runnable task = fxTasks.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (task == null) {
                throw new AssertionError("timed out");
            }
            task.run();
        }
    }

    private TimelineRun renderAndWatch(RenderRequest request) throws Exception {
        AtomicReference<TimelineRun> finished = new AtomicReference<>();
        timeline.start(scheduler, request, RenderListener.NONE, "Async, " + request.workers() + " workers", false,
                finished::set);
        runFxTasksUntil(() -> finished.get() != null);
        return finished.get();
    }

    @Test
    void aRunHasALaneForTheUiThreadEachWorkerAndTheOutputAndEveryFrameOnce() throws Exception {
        Scene scene = smallScene();
        RenderRequest request = RenderRequest.of(scene::poseAt, scene.settings()).withWorkers(WORKERS)
                .withOutput(new PngSequenceWriter(dir));

        TimelineRun run = renderAndWatch(request);

        assertThat(run.running()).isFalse();
        assertThat(run.lanes()).containsExactly("UI thread", "worker 1", "worker 2", "worker 3", "output (files)");
        assertThat(timeline.runs()).containsExactly(run);
        List<TimelineBlock> renders = run.blocks().stream().filter(b -> b.kind() == TimelineBlock.Kind.RENDER)
                .toList();
        assertThat(renders).allSatisfy(block -> assertThat(block.lane()).isBetween(1, WORKERS));
        assertEveryFrameRenderedOnce(renders);
        List<Integer> written = run.blocks().stream().filter(b -> b.kind() == TimelineBlock.Kind.WRITE)
                .peek(block -> assertThat(block.lane()).isEqualTo(run.outputLane()))
                .map(TimelineBlock::frame).sorted().toList();
        assertThat(written).isEqualTo(IntStream.range(0, FRAMES).boxed().toList());
        List<Integer> encoded = run.blocks().stream().filter(b -> b.kind() == TimelineBlock.Kind.ENCODE)
                .peek(block -> assertThat(block.lane()).as("encoded on a worker").isBetween(1, WORKERS))
                .map(TimelineBlock::frame).sorted().toList();
        assertThat(encoded).isEqualTo(IntStream.range(0, FRAMES).boxed().toList());
        assertThat(run.blocks()).allSatisfy(block -> assertThat(block.startNanos()).isGreaterThanOrEqualTo(
                run.originNanos()));
    }

    /** Each frame is one whole block, or its tiles each exactly once. */
    private static void assertEveryFrameRenderedOnce(List<TimelineBlock> renders) {
        Map<Integer, List<String>> byFrame = renders.stream().collect(Collectors.groupingBy(TimelineBlock::frame,
                Collectors.mapping(TimelineBlock::label, Collectors.toList())));
        assertThat(byFrame.keySet()).containsExactlyInAnyOrderElementsOf(IntStream.range(0, FRAMES).boxed().toList());
        byFrame.forEach((frame, labels) -> {
            if (labels.size() == 1) {
                assertThat(labels).containsExactly("frame " + frame);
            } else {
                int tiles = Integer.parseInt(labels.get(0).replaceAll(".*/", ""));
                assertThat(labels).as("tiles of frame %d", frame).doesNotHaveDuplicates().hasSize(tiles)
                        .allMatch(label -> label.startsWith("frame " + frame + " tile "));
            }
        });
    }

    @Test
    void aFarmRunHasALanePerMachineAndWorkerAsTheEngineNamesThem() throws Exception {
        Scene scene = smallScene();
        List<String> lanes = List.of("host-a:5701 / worker 1", "host-a:5701 / worker 2", "host-b:5701 / worker 1");
        FrameSource farm = job -> { // renders here, reporting each frame as a farm's worker would
            FrameRenderer renderer = new FrameRenderer();
            for (int frame : job.frames()) {
                String lane = lanes.get(frame % lanes.size());
                long start = System.nanoTime();
                job.frameStarted(frame, lane, start);
                RenderedFrame rendered = renderer.render(scene.poseAt(frame), job.settings(), job.token());
                long end = System.nanoTime();
                job.record("frame " + frame, "render", lane, start, end, Map.of("frame", frame, "outcome", "rendered"));
                job.publish(new RenderEvent.FrameFinished(rendered, lane, start, end, end - start, 1));
            }
        };
        RenderRequest request = RenderRequest.of(scene::poseAt, scene.settings()).withWorkers(1)
                .withOutput(new PngSequenceWriter(dir));
        AtomicReference<TimelineRun> finished = new AtomicReference<>();

        timeline.start((r, listener) -> new RenderScheduler().start(r, listener, farm), request, RenderListener.NONE,
                "Farm", false, finished::set);
        runFxTasksUntil(() -> finished.get() != null);

        TimelineRun run = finished.get();
        assertThat(run.lanes()).containsExactly("UI thread", "host-a:5701 / worker 1", "host-a:5701 / worker 2",
                "host-b:5701 / worker 1", "output (files)");
        List<TimelineBlock> renders = run.blocks().stream().filter(b -> b.kind() == TimelineBlock.Kind.RENDER)
                .toList();
        assertThat(renders).allSatisfy(block -> assertThat(run.laneLabel(block.lane()))
                .isEqualTo(lanes.get(block.frame() % lanes.size())));
        assertEveryFrameRenderedOnce(renders);
    }

    @Test
    void theExportedTraceIsJsonThatHoldsEveryFrameAndTheUiThreadsWait() throws Exception {
        Scene scene = smallScene();
        renderAndWatch(RenderRequest.of(scene::poseAt, scene.settings()).withWorkers(2)
                .withOutput(new PngSequenceWriter(dir)));
        long now = System.nanoTime();
        timeline.addUiSpan(new TraceSpan("UI thread blocked, waiting for the render", "wait", "JavaFX Application Thread",
                timeline.runs().get(0).originNanos(), now - timeline.runs().get(0).originNanos(), Map.of()));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        timeline.trace().writeChromeJson(out);

        JsonNode events = new ObjectMapper().readTree(out.toByteArray()).get("traceEvents");
        Set<Integer> rendered = new HashSet<>();
        Set<Integer> written = new HashSet<>();
        List<String> threads = new ArrayList<>();
        for (JsonNode event : events) {
            if (event.get("ph").asText().equals("M")) {
                threads.add(event.get("args").get("name").asText());
            } else if (event.get("cat").asText().equals("render")) {
                rendered.add(event.get("args").get("frame").asInt());
            } else if (event.get("cat").asText().equals("write")) {
                assertThat(written.add(event.get("args").get("frame").asInt())).as("written once").isTrue();
            }
        }
        Set<Integer> all = IntStream.range(0, FRAMES).boxed().collect(Collectors.toSet());
        assertThat(rendered).isEqualTo(all);
        assertThat(written).isEqualTo(all);
        assertThat(threads).contains("brigade-worker-1", "brigade-worker-2", "JavaFX Application Thread");
        assertThat(timeline.runs().get(0).blocks()).anyMatch(block -> block.kind() == TimelineBlock.Kind.BLOCKED
                && block.lane() == TimelineRun.UI_LANE);
    }

    @Test
    void aRunShownAlongsideStacksBelowAndANewRunAloneReplacesBoth() throws Exception {
        Scene scene = smallScene();
        RenderRequest request = RenderRequest.of(scene::poseAt, scene.settings());
        renderAndWatch(request.withWorkers(1));
        AtomicReference<TimelineRun> second = new AtomicReference<>();
        timeline.start(scheduler, request.withWorkers(2), RenderListener.NONE, "Parallel", true, second::set);
        runFxTasksUntil(() -> second.get() != null);

        assertThat(timeline.runs()).extracting(TimelineRun::workers).containsExactly(1, 2);
        assertThat(timeline.runs().get(1).lanes()).containsExactly("UI thread", "worker 1", "worker 2");

        renderAndWatch(request.withWorkers(3));
        assertThat(timeline.runs()).extracting(TimelineRun::workers).containsExactly(3);
    }

    @Test
    void whileAJobRunsItsSamplesShowWorkInProgress() throws Exception {
        Scene scene = smallScene();
        RenderSettings slow = scene.settings().withSize(320, 180).withFrames(0, 199);
        List<TimelineRun> seen = new ArrayList<>();
        AtomicReference<TimelineRun> finished = new AtomicReference<>();
        RenderJob job = timeline.start(scheduler, RenderRequest.of(scene::poseAt, slow).withWorkers(2),
                RenderListener.NONE, "Async, 2 workers", false, finished::set);
        timeline.runs().addListener((javafx.collections.ListChangeListener<TimelineRun>) change ->
                seen.add(timeline.runs().get(0)));
        runFxTasksUntil(() -> finished.get() != null);

        assertThat(job.isDone()).isTrue();
        assertThat(seen).anyMatch(TimelineRun::running);
        assertThat(seen.get(seen.size() - 1).running()).isFalse();
    }

    @Test
    void aRunSaysHowManyCoresItsWorkersKeptBusyNeverMoreThanTheCores() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(io.brigade.engine.schedule.ThreadCpuSampler.workers()
                .supported(), "this JVM measures thread CPU time");
        Scene scene = smallScene();
        int workers = 4;
        // long enough for several of the recorder's samples: threads that have ended can no longer be read
        RenderSettings slow = scene.settings().withSize(640, 360).withFrames(0, 399);

        TimelineRun run = renderAndWatch(RenderRequest.of(scene::poseAt, slow).withWorkers(workers));

        assertThat(run.cpu()).isNotEmpty();
        int cores = Math.min(workers, Runtime.getRuntime().availableProcessors());
        // the sampler's own clock readings are a little apart on a loaded machine: a generous margin
        assertThat(BusyCores.average(run.cpu(), run.originNanos(), run.endNanos())).isPositive()
                .isLessThanOrEqualTo(cores + 0.25);
    }
}
