package io.brigade.engine.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.brigade.engine.io.FileProblems;
import io.brigade.engine.scene.RenderSettings;
import io.brigade.engine.scene.Scene;
import io.brigade.engine.schedule.RenderJobException;
import io.brigade.engine.schedule.RenderRequest;
import io.brigade.engine.schedule.RenderScheduler;
import io.brigade.engine.schedule.ScalingBenchmark;
import io.brigade.engine.schedule.ScalingBudget;
import io.brigade.engine.schedule.ScalingReport;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code bench --workers 1,2,4}: the same job at each worker count, as a table, CSV and JSON. */
final class ScalingRun {

    private final CommandLine commandLine;
    private final List<Integer> workerCounts;
    private final ScalingBudget budget;
    private final Path csvFile;
    private final Path jsonFile;

    /** {@code quick} takes the rough preset (one short run a count) and ignores {@code repeat}. */
    ScalingRun(CommandLine commandLine, List<Integer> workerCounts, int repeat, boolean quick, Path csvFile,
               Path jsonFile) {
        this.commandLine = commandLine;
        this.workerCounts = List.copyOf(workerCounts);
        this.csvFile = csvFile;
        this.jsonFile = jsonFile;
        if (workerCounts.isEmpty() || workerCounts.stream().anyMatch(n -> n < 1 || n > RenderRequest.MAX_WORKERS)) {
            throw new CommandLine.ParameterException(commandLine, "--workers: each count must be 1.." + RenderRequest.MAX_WORKERS);
        }
        if (repeat < 1) {
            throw new CommandLine.ParameterException(commandLine, "--repeat must be >= 1");
        }
        this.budget = quick ? ScalingBudget.QUICK : ScalingBudget.STANDARD.withRepetitions(repeat);
    }

    int run(Scene scene, String sceneName) {
        PrintWriter out = commandLine.getOut();
        RenderSettings s = scene.settings();
        out.printf(Locale.ROOT, "scaling %s: %d frames at %dx%d, %dx%d anti-aliasing, workers %s, %d cores here%n",
                sceneName, s.frameCount(), s.width(), s.height(), s.antiAliasing(), s.antiAliasing(), workerCounts,
                Runtime.getRuntime().availableProcessors());
        out.flush();
        ScalingReport report;
        try {
            report = new ScalingBenchmark(new RenderScheduler(), budget)
                    .run(() -> RenderRequest.of(scene::poseAt, s), workerCounts);
        } catch (RenderJobException e) {
            commandLine.getErr().println("brigade: " + e.getMessage());
            return RenderCommand.EXIT_FAILED;
        }
        out.print(report.table());
        out.println(report.headline());
        out.flush();
        try {
            if (csvFile != null) {
                Files.writeString(csvFile, report.csv());
            }
            if (jsonFile != null) {
                new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(jsonFile.toFile(), json(sceneName, s, report));
            }
        } catch (IOException e) {
            commandLine.getErr().println("brigade: cannot write the scaling table: " + FileProblems.describe(e));
            return RenderCommand.EXIT_FAILED;
        }
        return 0;
    }

    private static Map<String, Object> json(String sceneName, RenderSettings s, ScalingReport report) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("scene", sceneName);
        root.put("frames", s.frameCount());
        root.put("width", s.width());
        root.put("height", s.height());
        root.put("antiAliasing", s.antiAliasing());
        root.put("cores", Runtime.getRuntime().availableProcessors());
        root.put("serialFraction", report.serialFraction());
        root.put("repetitions", report.budget().repetitions());
        root.put("rough", report.budget().rough());
        root.put("rows", report.rows());
        return root;
    }
}
