package io.brigade.engine.cli;

import io.brigade.engine.io.PngWriter;
import io.brigade.engine.raster.FrameRenderer;
import io.brigade.engine.raster.RenderedFrame;
import io.brigade.engine.scene.RenderSettings;
import io.brigade.engine.scene.Scene;
import io.brigade.engine.scene.json.SceneFormatException;
import io.brigade.engine.schedule.CancellationToken;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code brigade render}: renders a scene's frames to PNG files. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Renders a scene's frames to PNG files (frame_0000.png, ...), with a live progress line.")
final class RenderCommand implements Callable<Integer> {

    @Mixin
    SceneOptions scene = new SceneOptions();

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "Output folder, created if missing (default: render-out/<scene name>).")
    Path outputDir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Scene loaded;
        try {
            loaded = scene.load();
        } catch (SceneFormatException | InvalidOverrideException e) {
            err.println("brigade: " + e.getMessage());
            return 2;
        }
        Path dir = outputDir != null ? outputDir : defaultOutputDir(scene.sceneFile);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            err.println("brigade: cannot create output folder " + dir + ": " + e);
            return 3;
        }
        return render(loaded, dir, out, err);
    }

    private int render(Scene loaded, Path dir, PrintWriter out, PrintWriter err) {
        RenderSettings settings = loaded.settings();
        int total = settings.frameCount();
        out.printf(Locale.ROOT, "Rendering %s: %d frames at %dx%d, %dx%d anti-aliasing, into %s%n",
                scene.sceneFile.getFileName(), total, settings.width(), settings.height(),
                settings.antiAliasing(), settings.antiAliasing(), dir);
        FrameRenderer renderer = new FrameRenderer();
        long start = System.nanoTime();
        ProgressLine progress = new ProgressLine(out, System.console() != null, total, start);
        long triangles = 0;
        for (int frame = settings.startFrame(); frame <= settings.endFrame(); frame++) {
            RenderedFrame image = renderer.render(loaded.poseAt(frame), settings, CancellationToken.NONE);
            triangles += image.stats().trianglesSubmitted();
            Path file = dir.resolve(FrameFiles.name(frame));
            try {
                PngWriter.write(image, file);
            } catch (IOException e) {
                err.println("brigade: frame " + frame + ": cannot write " + file + ": " + e);
                return 3;
            }
            progress.update(frame - settings.startFrame() + 1, System.nanoTime());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "Done: %d frames in %.2f s (%.2f frames/s, %.1f ms/frame, %,d triangles) -> %s%n",
                total, seconds, total / seconds, seconds * 1000 / total, triangles, dir);
        return 0;
    }

    static Path defaultOutputDir(Path sceneFile) {
        String name = sceneFile.getFileName().toString().replaceFirst("\\.scene\\.json$|\\.json$", "");
        return Path.of("render-out", name);
    }
}
