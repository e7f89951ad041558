package io.brigade.engine.cli;

import io.brigade.engine.raster.FrameRenderer;
import io.brigade.engine.raster.Region;
import io.brigade.engine.raster.RenderStats;
import io.brigade.engine.scene.FramePose;
import io.brigade.engine.scene.RenderSettings;
import io.brigade.engine.scene.Scene;
import io.brigade.engine.scene.json.SceneFormatException;
import io.brigade.engine.schedule.CancellationToken;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code brigade bench}: renders a scene's frames over and over on the calling thread (one core)
 * and prints per-frame milliseconds after warm-up, with triangle and pixel throughput.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Renders frames repeatedly on one thread and prints per-frame times (median, min, max after warm-up).",
                "With --workers 1,2,4: renders the whole frame range at each worker count and prints the scaling table."})
final class BenchCommand implements Callable<Integer> {

    @Mixin
    SceneOptions scene = new SceneOptions();

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "10",
            description = "Frames rendered first and not measured, so the JIT has compiled the hot paths (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "30",
            description = "Frames measured (default: ${DEFAULT-VALUE}); the scene's frame range is cycled.")
    int runs;

    @Option(names = {"-w", "--workers"}, paramLabel = "N,N,...", split = ",",
            description = "Scaling mode: render the scene's frame range at each worker count (e.g. 1,2,4), about 3 s a"
                    + " count after a JIT warm-up, and print frames/s, speedup, efficiency, run-to-run spread and the"
                    + " Amdahl serial fraction fitted to the counts up to the cores.")
    java.util.List<Integer> workerCounts;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "3",
            description = "Scaling mode: runs per worker count, taken in turn; the median counts (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--quick", description = "Scaling mode: one short run per count; the figures are rough.")
    boolean quick;

    @Option(names = "--csv", paramLabel = "FILE", description = "Scaling mode: also write the table as CSV.")
    java.nio.file.Path csvFile;

    @Option(names = "--json", paramLabel = "FILE", description = "Scaling mode: also write the table as JSON.")
    java.nio.file.Path jsonFile;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (warmup < 0 || runs < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "need --warmup >= 0 and --runs >= 1");
        }
        Scene loaded;
        try {
            loaded = scene.load();
        } catch (SceneFormatException | InvalidOverrideException e) {
            spec.commandLine().getErr().println("brigade: " + e.getMessage());
            return 2;
        }
        if (workerCounts != null) {
            return new ScalingRun(spec.commandLine(), workerCounts, repeat, quick, csvFile, jsonFile)
                    .run(loaded, scene.sceneFile.getFileName().toString());
        }
        BenchResult result = measure(loaded);
        result.print(out, scene.sceneFile.getFileName().toString(), loaded.settings());
        return 0;
    }

    private BenchResult measure(Scene loaded) {
        RenderSettings settings = loaded.settings();
        FramePose[] poses = new FramePose[settings.frameCount()];
        for (int i = 0; i < poses.length; i++) {
            poses[i] = loaded.poseAt(settings.startFrame() + i);
        }
        FrameRenderer renderer = new FrameRenderer();
        // One output buffer reused, so the figures are the renderer's, not the allocator's.
        int[] pixels = new int[settings.width() * settings.height()];
        Region whole = Region.full(settings.width(), settings.height());
        for (int i = 0; i < warmup; i++) {
            renderer.render(poses[i % poses.length], settings, whole, pixels, CancellationToken.NONE);
        }
        long[] nanos = new long[runs];
        long triangles = 0;
        long samples = 0;
        for (int i = 0; i < runs; i++) {
            FramePose pose = poses[i % poses.length];
            long t0 = System.nanoTime();
            RenderStats stats = renderer.render(pose, settings, whole, pixels, CancellationToken.NONE);
            nanos[i] = System.nanoTime() - t0;
            triangles += stats.trianglesSubmitted();
            samples += stats.samplesShaded();
        }
        return new BenchResult(nanos, triangles / runs, samples / runs);
    }

    /** Measured frame times and what an average frame contained. */
    record BenchResult(long[] nanos, long trianglesPerFrame, long samplesPerFrame) {

        double medianMillis() {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            int n = sorted.length;
            double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
            return median / 1e6;
        }

        double minMillis() {
            return Arrays.stream(nanos).min().orElseThrow() / 1e6;
        }

        double maxMillis() {
            return Arrays.stream(nanos).max().orElseThrow() / 1e6;
        }

        void print(PrintWriter out, String sceneName, RenderSettings s) {
            double median = medianMillis();
            long pixels = (long) s.width() * s.height();
            out.printf(Locale.ROOT, "bench %s: %dx%d, %dx%d anti-aliasing, %s shading, 1 thread, %d frames measured%n",
                    sceneName, s.width(), s.height(), s.antiAliasing(), s.antiAliasing(),
                    s.shading().name().toLowerCase(Locale.ROOT), nanos.length);
            out.printf(Locale.ROOT, "  per frame: median %.2f ms, min %.2f ms, max %.2f ms%n", median, minMillis(), maxMillis());
            out.printf(Locale.ROOT, "  triangles: %,d per frame, %.2f million/s%n", trianglesPerFrame, trianglesPerFrame / median / 1e3);
            out.printf(Locale.ROOT, "  pixels:    %,d per frame (%,d samples shaded), %.1f million/s%n",
                    pixels, samplesPerFrame, pixels / median / 1e3);
            out.flush();
        }
    }
}
