package io.brigade.engine.cli;

import io.brigade.engine.scene.Scene;
import io.brigade.engine.scene.json.SceneFormatException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
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

    // ---- the single-thread per-frame bench (FrameBench) ----

    @Option(names = "--versus", paramLabel = "SCENE", split = ",",
            description = {"Per-frame mode: also render these scenes (same overrides), frame by frame in turn with SCENE,"
                    + " and print each one's time as a ratio to SCENE's; interleaving keeps a drifting machine load fair."})
    java.util.List<java.nio.file.Path> versus = java.util.List.of();

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
        scene.printWarnings(loaded, spec.commandLine().getErr());
        if (workerCounts != null) {
            return new ScalingRun(spec.commandLine(), workerCounts, repeat, quick, csvFile, jsonFile)
                    .run(loaded, scene.sceneFile.getFileName().toString());
        }
        return perFrame(loaded, out);
    }

    private int perFrame(Scene loaded, PrintWriter out) {
        java.util.List<FrameBench.Workload> workloads = new java.util.ArrayList<>();
        workloads.add(new FrameBench.Workload(scene.sceneFile.getFileName().toString(), loaded));
        for (java.nio.file.Path other : versus) {
            try {
                workloads.add(new FrameBench.Workload(other.getFileName().toString(), scene.load(other)));
            } catch (SceneFormatException | InvalidOverrideException e) {
                spec.commandLine().getErr().println("brigade: " + e.getMessage());
                return 2;
            }
        }
        FrameBench.print(out, workloads, FrameBench.measure(workloads, warmup, runs));
        return 0;
    }
}
