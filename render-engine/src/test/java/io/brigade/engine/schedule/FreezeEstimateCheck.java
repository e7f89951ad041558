package io.brigade.engine.schedule;

import io.brigade.engine.io.PngSequenceWriter;
import io.brigade.engine.raster.FrameRenderer;
import io.brigade.engine.scene.RenderSettings;
import io.brigade.engine.scene.Scene;
import io.brigade.engine.scene.StandardAssetResolver;
import io.brigade.engine.scene.json.SceneFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

/**
 * Not a unit test (it renders whole ranges): for each scene, the freeze estimate a blocking render shows
 * ({@link FrameCostProbe}, {@link RenderTimeEstimate}) against the time the same render to PNG files really
 * takes, rendered as the app's blocking render does: with one worker every frame is rendered whole and written
 * through a {@link PngSequenceWriter} on the calling thread (as the app's UI thread does), with more the calling
 * thread waits on a job with that many workers and the same writer. Each case probes afresh before it renders,
 * as the app does; before the first case each scene is rendered a few times, as the app's preview has. Prints
 * one line per case and run (with the CPU time the render used against the CPU time the estimate counted, which
 * the other programs on a busy machine do not stretch), then medians over the runs:
 * <pre>java -cp ... io.brigade.engine.schedule.FreezeEstimateCheck [--frames N] [--runs R] [--workers 1,2]
 *     scene.json...</pre>
 * {@code --frames N} renders each scene's first N frames instead of its whole range.
 */
public final class FreezeEstimateCheck {

    private FreezeEstimateCheck() {
    }

    /**
     * One case's result: what the estimate said and what the render took, in wall time and in the process's CPU
     * time (which the other programs on a busy machine do not stretch).
     */
    private record Outcome(RenderTimeEstimate estimate, long actual, double estimatedCpu, long cpu) {
        double error() {
            return (double) (estimate.nanos() - actual) / actual;
        }

        double cpuError() {
            return cpu <= 0 ? Double.NaN : (estimatedCpu - cpu) / cpu;
        }

        boolean inRange() {
            return actual >= estimate.lowNanos() && actual <= estimate.highNanos();
        }
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
                case "--workers" -> workerCounts = Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt)
                        .toArray();
                default -> files.add(Path.of(args[i]));
            }
        }
        Map<String, List<Outcome>> outcomes = new LinkedHashMap<>();
        for (Path file : files) {
            previewAsTheAppHas(SceneFiles.load(file, new StandardAssetResolver()));
        }
        for (int run = 1; run <= runs; run++) {
            for (Path file : files) {
                Scene scene = SceneFiles.load(file, new StandardAssetResolver());
                RenderSettings s = scene.settings();
                int first = s.startFrame();
                int last = (int) Math.min(s.endFrame(), (long) first + most - 1);
                Scene ranged = scene.withSettings(s.withFrames(first, last));
                for (int workers : workerCounts) {
                    long probeStart = System.nanoTime();
                    FrameCostSamples costs = FrameCostProbe.measure(ranged, first, last, workers);
                    long probe = System.nanoTime() - probeStart;
                    RenderTimeEstimate estimate = RenderTimeEstimate.of(costs, first, last, workers, cores);
                    double estimatedCpu = 0;
                    for (int f = first; f <= last; f++) {
                        estimatedCpu += costs.cpuNanos(f);
                    }
                    long cpuStart = ThreadCpuSampler.processCpuNanos();
                    long actual = render(ranged, workers);
                    long cpu = cpuStart < 0 ? -1 : ThreadCpuSampler.processCpuNanos() - cpuStart;
                    Outcome outcome = new Outcome(estimate, actual, estimatedCpu, cpu);
                    String name = String.format(Locale.ROOT, "%-26s frames %d-%d, %d worker%s", file.getFileName(),
                            first, last, workers, workers == 1 ? "" : "s");
                    outcomes.computeIfAbsent(name, key -> new ArrayList<>()).add(outcome);
                    System.out.printf(Locale.ROOT, "run %d %s: probe %.2f s (%d+%d frames; one thread got %.2f of a"
                                    + " core, %d workers would get %.2f cores), estimated %.2f s (%.2f-%.2f), took"
                                    + " %.2f s, error %+.0f%%%s; CPU estimated %.2f s, used %.2f s, error %+.0f%%%n",
                            run, name, probe / 1e9, costs.warmUps() + 1, costs.samples().size(), costs.shareOf(1),
                            workers, Math.min(cores, costs.coresFor(workers, cores)), estimate.nanos() / 1e9,
                            estimate.lowNanos() / 1e9, estimate.highNanos() / 1e9, outcome.actual() / 1e9,
                            100 * outcome.error(), outcome.inRange() ? "" : " (outside the range)",
                            estimatedCpu / 1e9, cpu / 1e9, 100 * outcome.cpuError());
                }
            }
        }
        System.out.printf(Locale.ROOT, "%nmedians over %d run%s:%n", runs, runs == 1 ? "" : "s");
        outcomes.forEach((name, list) -> System.out.printf(Locale.ROOT, "%s: estimated %.2f s, took %.2f s, error"
                        + " %+.0f%% (runs %s), in range %d/%d; CPU error %+.0f%% (runs %s)%n", name,
                median(list.stream().mapToDouble(o -> o.estimate().nanos() / 1e9).toArray()),
                median(list.stream().mapToDouble(o -> o.actual() / 1e9).toArray()),
                100 * median(list.stream().mapToDouble(Outcome::error).toArray()), percents(list, Outcome::error),
                list.stream().filter(Outcome::inRange).count(), list.size(),
                100 * median(list.stream().mapToDouble(Outcome::cpuError).toArray()),
                percents(list, Outcome::cpuError)));
    }

    private static String percents(List<Outcome> list, ToDoubleFunction<Outcome> error) {
        return String.join(" ", list.stream().map(o -> String.format(Locale.ROOT, "%+.0f%%",
                100 * error.applyAsDouble(o))).toList());
    }

    /**
     * Renders the scene's first frame a few times, as the app's preview has drawn the scene before anyone asks
     * for a blocking render: the JIT has seen the renderer, and a check in a fresh JVM should not be colder.
     */
    private static void previewAsTheAppHas(Scene scene) {
        FrameRenderer renderer = new FrameRenderer();
        for (int i = 0; i < 3; i++) {
            renderer.render(scene.poseAt(scene.settings().startFrame()), scene.settings(), CancellationToken.NONE);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /** The render's wall time, as long as the app's blocking render freezes its window. */
    private static long render(Scene scene, int workers) throws Exception {
        Path folder = Files.createTempDirectory("brigade-freeze-check");
        try {
            PngSequenceWriter out = new PngSequenceWriter(folder);
            long start = System.nanoTime();
            if (workers == 1) {
                FrameRenderer renderer = new FrameRenderer();
                for (int f = scene.settings().startFrame(); f <= scene.settings().endFrame(); f++) {
                    out.write(renderer.render(scene.poseAt(f), scene.settings(), CancellationToken.NONE));
                }
            } else {
                new RenderScheduler().start(RenderRequest.of(scene::poseAt, scene.settings()).withWorkers(workers)
                        .withOutput(out)).result().get().orThrow();
            }
            return System.nanoTime() - start;
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
