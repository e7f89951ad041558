package io.brigade.app.teaching;

import io.brigade.app.concurrent.ExecutorBackgroundTasks;
import io.brigade.app.render.InMemoryRenderPreferencesStore;
import io.brigade.app.render.RenderJobs;
import io.brigade.app.render.RenderViewModel;
import io.brigade.engine.raster.FrameRenderer;
import io.brigade.engine.scene.Scene;
import io.brigade.engine.scene.StandardAssetResolver;
import io.brigade.engine.scene.json.SceneFiles;
import io.brigade.engine.schedule.CancellationToken;
import io.brigade.engine.schedule.ThreadCpuSampler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Not a unit test (it renders whole ranges): the app's own blocking render, wired as the window wires it
 * (teaching, render and timeline view models; this thread stands in for the FX thread and feeds the pulses the
 * animation timer would: one just before the render, one as soon as it returns), and what the app says after
 * it: "UI was frozen for X (estimated Y, range)". The freeze it reports is what {@code FreezeEstimateCheck}
 * in the engine measures, plus what the app adds (thumbnails, status, timeline): the CPU time the render used
 * against the CPU time the estimate counted says how much.
 * <pre>java -cp ... io.brigade.app.teaching.AppFreezeCheck [--frames N] [--runs R] [--workers 1,2] scene.json...</pre>
 */
public final class AppFreezeCheck {

    private AppFreezeCheck() {
    }

    public static void main(String[] args) throws Exception {
        int most = Integer.MAX_VALUE;
        int runs = 1;
        int cores = Runtime.getRuntime().availableProcessors();
        int[] workerCounts = {1, cores};
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--frames" -> most = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--workers" -> workerCounts = Arrays.stream(args[++i].split(","))
                        .mapToInt(Integer::parseInt).toArray();
                default -> files.add(Path.of(args[i]));
            }
        }
        for (Path file : files) {
            Scene scene = SceneFiles.load(file, new StandardAssetResolver());
            FrameRenderer preview = new FrameRenderer(); // the app's preview has drawn the scene before
            for (int i = 0; i < 3; i++) {
                preview.render(scene.poseAt(scene.settings().startFrame()), scene.settings(), CancellationToken.NONE);
            }
        }
        for (int run = 1; run <= runs; run++) {
            for (Path file : files) {
                Scene scene = SceneFiles.load(file, new StandardAssetResolver());
                int first = scene.settings().startFrame();
                int last = (int) Math.min(scene.settings().endFrame(), (long) first + most - 1);
                Scene ranged = scene.withSettings(scene.settings().withFrames(first, last));
                for (int workers : workerCounts) {
                    System.out.printf(Locale.ROOT, "run %d %-26s frames %d-%d, %d worker%s: %s%n", run,
                            file.getFileName(), first, last, workers, workers == 1 ? "" : "s",
                            blockingRender(ranged, workers, cores));
                }
            }
        }
    }

    /** The app's freeze report after a blocking render of {@code scene}, with the render call's own wall time. */
    private static String blockingRender(Scene scene, int workers, int cores) throws Exception {
        BlockingQueue<Runnable> fxTasks = new LinkedBlockingQueue<>();
        Executor fxThread = fxTasks::add;
        RenderJobs scheduler = RenderJobs.scheduler();
        ExecutionModeViewModel mode = new ExecutionModeViewModel(new InMemoryRenderPreferencesStore(), cores);
        WorkerTimelineViewModel timeline = new WorkerTimelineViewModel(fxThread);
        RenderViewModel render = new RenderViewModel(timeline.showing(scheduler,
                request -> TeachingViewModel.runTitle(mode.whoWaits(), request.workers())), workers, fxThread);
        TeachingViewModel teaching = new TeachingViewModel(mode, timeline, render, scheduler,
                new ExecutorBackgroundTasks(Runnable::run, Runnable::run), new SimpleObjectProperty<>(scene));
        mode.workersProperty().addListener((observable, old, count) -> render.setWorkers(count.intValue()));
        mode.whoWaitsProperty().set(WhoWaits.BLOCKING);
        mode.setWorkers(workers);
        Path folder = Files.createTempDirectory("brigade-app-freeze");
        try {
            AtomicReference<BlockingRenderPlan> planned = new AtomicReference<>();
            teaching.planBlockingRender(folder, planned::set);
            BlockingRenderPlan plan = planned.get();
            double estimatedCpu = 0;
            for (int f = scene.settings().startFrame(); f <= scene.settings().endFrame(); f++) {
                estimatedCpu += plan.costs().cpuNanos(f);
            }
            teaching.responsiveness().pulse(System.nanoTime());
            long cpuStart = ThreadCpuSampler.processCpuNanos();
            long start = System.nanoTime();
            teaching.renderBlocking(plan);
            long took = System.nanoTime() - start;
            long cpu = ThreadCpuSampler.processCpuNanos() - cpuStart;
            teaching.responsiveness().pulse(System.nanoTime());
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (render.runningProperty().get() && System.nanoTime() < deadline) {
                Runnable task = fxTasks.poll(100, TimeUnit.MILLISECONDS);
                if (task != null) {
                    task.run();
                }
            }
            return String.format(Locale.ROOT, "%s; the render call took %.2f s; CPU estimated %.2f s, used %.2f s,"
                    + " error %+.0f%%", teaching.freezeReportProperty().get(), took / 1e9, estimatedCpu / 1e9,
                    cpu / 1e9, 100 * (estimatedCpu - cpu) / cpu);
        } finally {
            delete(folder);
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
