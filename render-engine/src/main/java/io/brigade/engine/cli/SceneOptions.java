package io.brigade.engine.cli;

import io.brigade.engine.scene.RenderSettings;
import io.brigade.engine.scene.Scene;
import io.brigade.engine.scene.json.SceneFiles;
import io.brigade.engine.scene.json.SceneFormatException;
import io.brigade.engine.scene.StandardAssetResolver;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;

/** The scene file and the settings a command line may override. */
final class SceneOptions {

    @Parameters(index = "0", paramLabel = "SCENE", description = "The scene file (*.scene.json).")
    Path sceneFile;

    @Option(names = "--frames", paramLabel = "A-B", converter = FrameRangeConverter.class,
            description = "Frame or inclusive frame range to render, e.g. 0-47 or 12 (default: the scene's).")
    FrameRangeConverter.FrameRange frames;

    @Option(names = "--size", paramLabel = "WxH", converter = SizeConverter.class,
            description = "Output size, e.g. 1920x1080 (default: the scene's).")
    SizeConverter.Size size;

    @Option(names = "--aa", paramLabel = "N", description = "Supersampling per axis, 1-4 (default: the scene's).")
    Integer antiAliasing;

    /**
     * Loads the scene and applies the overrides. A broken scene throws with the file and field named;
     * an override the scene cannot take (frames beyond the range rules, say) throws {@link InvalidOverrideException}.
     */
    Scene load() throws SceneFormatException {
        return load(sceneFile);
    }

    /** Loads another scene {@code file} with the same overrides, as a bench compares scenes. */
    Scene load(Path file) throws SceneFormatException {
        Scene scene = SceneFiles.load(file, new StandardAssetResolver());
        RenderSettings settings = scene.settings();
        try {
            if (size != null) {
                settings = settings.withSize(size.width(), size.height());
            }
            if (frames != null) {
                settings = settings.withFrames(frames.start(), frames.end());
            }
            if (antiAliasing != null) {
                settings = settings.withAntiAliasing(antiAliasing);
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidOverrideException(file.getFileName() + " with the command-line overrides: "
                    + e.getMessage(), e);
        }
        return scene.withSettings(settings);
    }

    /** Tells what loading the scene forgave (a model's missing material library, say), one line each. */
    void printWarnings(Scene scene, PrintWriter err) {
        for (String warning : scene.loadWarnings()) {
            err.println("brigade: warning: " + warning);
        }
        err.flush();
    }
}
