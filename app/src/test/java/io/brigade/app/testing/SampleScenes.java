package io.brigade.app.testing;

import io.brigade.engine.scene.Scene;
import io.brigade.engine.scene.StandardAssetResolver;
import io.brigade.engine.scene.json.SceneFiles;
import io.brigade.engine.scene.json.SceneFormatException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's sample scenes, as tests of the app module (run from {@code app/}) find them. */
public final class SampleScenes {

    public static final Path TEAPOT_TURNTABLE =
            Path.of("..", "assets", "scenes", "teapot-turntable.scene.json").toAbsolutePath().normalize();

    private SampleScenes() {
    }

    public static Scene teapotTurntable() {
        if (!Files.isRegularFile(TEAPOT_TURNTABLE)) {
            throw new IllegalStateException("sample scene missing: " + TEAPOT_TURNTABLE);
        }
        try {
            return SceneFiles.load(TEAPOT_TURNTABLE, new StandardAssetResolver());
        } catch (SceneFormatException e) {
            throw new IllegalStateException("sample scene does not load", e);
        }
    }
}
