package io.brigade.app.teaching;

import static org.assertj.core.api.Assertions.assertThat;

import io.brigade.app.concurrent.ExecutorBackgroundTasks;
import io.brigade.app.edit.ObjectEdits;
import io.brigade.app.render.InMemoryRenderPreferencesStore;
import io.brigade.app.render.RenderJobs;
import io.brigade.app.render.RenderStatus;
import io.brigade.app.render.RenderViewModel;
import io.brigade.engine.geometry.primitive.PrimitiveKind;
import io.brigade.engine.io.PngSequenceWriter;
import io.brigade.engine.scene.RenderSettings;
import io.brigade.engine.scene.Scene;
import io.brigade.engine.schedule.RenderRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The teaching view model with the test thread standing in for the FX thread. */
class TeachingViewModelTest {

    private static final long NO_HANG_SECONDS = 30;
    private static final int FRAMES = 6;
    private static final int CORES = 2;

    private final BlockingQueue<Runnable> fxTasks = new LinkedBlockingQueue<>();
    private final Executor fxThread = fxTasks::add;
    private final RenderJobs scheduler = RenderJobs.scheduler();
    private final ExecutionModeViewModel mode = new ExecutionModeViewModel(new InMemoryRenderPreferencesStore(), CORES);
    private final WorkerTimelineViewModel timeline = new WorkerTimelineViewModel(fxThread);
    private final RenderViewModel render = new RenderViewModel(timeline.showing(scheduler,
            request -> TeachingViewModel.runTitle(mode.whoWaits(), request.workers())), mode.workers(), fxThread);
    private final SimpleObjectProperty<Scene> scene = new SimpleObjectProperty<>();
    private final TeachingViewModel teaching = new TeachingViewModel(mode, timeline, render, scheduler,
            new ExecutorBackgroundTasks(Runnable::run, Runnable::run), scene);

    @TempDir
    Path dir;

    TeachingViewModelTest() throws Exception {
        RenderSettings settings = RenderSettings.DEFAULT.withSize(64, 36).withAntiAliasing(1)
                .withFrames(0, FRAMES - 1);
        scene.set(ObjectEdits.withPrimitiveAdded(Scene.empty(settings), PrimitiveKind.CUBE));
        mode.workersProperty().addListener((observable, old, count) -> render.setWorkers(count.intValue()));
        mode.whoWaitsProperty().set(WhoWaits.BLOCKING);
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

    private BlockingRenderPlan plan(Path folder) {
        AtomicReference<BlockingRenderPlan> planned = new AtomicReference<>();
        teaching.planBlockingRender(folder, planned::set);
        assertThat(planned.get()).as("planned at once by synchronous background tasks").isNotNull();
        return planned.get();
    }

    @Test
    void theTimedFramesPlanTheScenesRangeWithTheChosenWorkers() {
        mode.setWorkers(2);

        BlockingRenderPlan plan = plan(dir);

        assertThat(plan.sceneFirst()).isZero();
        assertThat(plan.sceneLast()).isEqualTo(FRAMES - 1);
        assertThat(plan.workers()).isEqualTo(2);
        assertThat(plan.expectedFreezeNanos()).isPositive();
    }

    @Test
    void blockingWithOneWorkerRendersEveryFrameOnTheCallingThreadBeforeReturning() throws Exception {
        mode.setWorkers(1);
        BlockingRenderPlan plan = plan(dir.resolve("frames"));
        plan.lastFrameProperty().set(3);
        teaching.responsiveness().pulse(System.nanoTime());

        teaching.renderBlocking(plan);

        for (int frame = 0; frame <= 3; frame++) {
            assertThat(dir.resolve("frames").resolve(String.format(Locale.ROOT, "frame_%05d.png", frame))).exists();
        }
        assertThat(dir.resolve("frames").resolve("frame_00004.png")).doesNotExist();
        TimelineRun run = timeline.runs().get(0);
        assertThat(run.workers()).isZero();
        assertThat(run.lanes()).containsExactly("UI thread (renders)");
        assertThat(run.blocks()).hasSize(8).allMatch(block -> block.lane() == TimelineRun.UI_LANE);
        assertThat(timeline.trace().spans()).allMatch(span -> span.thread().equals(Thread.currentThread().getName()));

        teaching.responsiveness().pulse(System.nanoTime());
        assertThat(teaching.freezeReportProperty().get()).startsWith("UI was frozen for ");
        runFxTasksUntil(() -> !render.runningProperty().get());
        assertThat(render.statusProperty().get().phase()).isEqualTo(RenderStatus.Phase.COMPLETED);
        assertThat(render.thumbnails()).hasSize(4);
    }

    @Test
    void blockingWithSeveralWorkersReturnsOnlyOnceTheJobHasEndedAndShowsTheWaitOnTheUiLane() throws Exception {
        mode.setWorkers(2);
        BlockingRenderPlan plan = plan(dir.resolve("frames"));

        teaching.renderBlocking(plan);

        assertThat(Files.list(dir.resolve("frames")).filter(file -> file.toString().endsWith(".png")))
                .hasSize(FRAMES);
        TimelineRun run = timeline.runs().get(0);
        assertThat(run.title()).isEqualTo("Blocking, 2 workers");
        List<TimelineBlock> waits = run.blocks().stream()
                .filter(block -> block.kind() == TimelineBlock.Kind.BLOCKED).toList();
        assertThat(waits).hasSize(1);
        assertThat(waits.get(0).lane()).isEqualTo(TimelineRun.UI_LANE);
        // The timeline's final sample comes through its own sampler thread and bridge, not with the render
        // view model's end-of-job event, so wait for the sample itself.
        runFxTasksUntil(() -> !render.runningProperty().get() && !timeline.runs().get(0).running());
        TimelineRun finished = timeline.runs().get(0);
        assertThat(finished.blocks()).as("the job's own blocks came in too")
                .anyMatch(block -> block.kind() == TimelineBlock.Kind.RENDER)
                .anyMatch(block -> block.kind() == TimelineBlock.Kind.BLOCKED);
    }

    @Test
    void compareRendersOnOneWorkerThenOnManyAndStacksBothRuns() throws Exception {
        mode.setWorkers(1);

        teaching.compare();
        assertThat(teaching.comparingProperty().get()).isTrue();
        runFxTasksUntil(() -> !teaching.comparingProperty().get());

        assertThat(timeline.runs()).extracting(TimelineRun::title)
                .containsExactly("Sequential: 1 worker", "Parallel: 2 workers");
        assertThat(timeline.runs()).noneMatch(TimelineRun::running);
        assertThat(timeline.runs().get(1).lanes()).containsExactly("UI thread", "worker 1", "worker 2");
        assertThat(teaching.messageProperty().get()).matches("1 worker: \\d+\\.\\d\\d s, 2 workers: \\d+\\.\\d\\d s, "
                + "speedup \\d+\\.\\d\\d\u00d7");
    }

    @Test
    void cancellingTheComparisonStopsItAfterTheRunningJob() throws Exception {
        scene.set(scene.get().withSettings(scene.get().settings().withSize(640, 360).withFrames(0, 200)));

        teaching.compare();
        teaching.cancelCompare();
        runFxTasksUntil(() -> !teaching.comparingProperty().get());

        assertThat(teaching.messageProperty().get()).isEqualTo("Comparison cancelled");
        assertThat(timeline.runs()).hasSize(1);
    }

    @Test
    void theTraceExportIsWrittenOffTheCallingThreadAndSaysWhere() throws Exception {
        Scene current = scene.get();
        AtomicReference<TimelineRun> done = new AtomicReference<>();
        timeline.start(scheduler, RenderRequest.of(current::poseAt, current.settings()).withWorkers(2)
                .withOutput(new PngSequenceWriter(dir.resolve("frames"))), io.brigade.engine.schedule.RenderListener.NONE,
                "Async, 2 workers", false, done::set);
        runFxTasksUntil(() -> done.get() != null);

        teaching.exportTrace(dir.resolve("trace.json"));

        assertThat(dir.resolve("trace.json")).isNotEmptyFile();
        assertThat(teaching.messageProperty().get()).isEqualTo("Saved the trace to " + dir.resolve("trace.json"));
    }
}
