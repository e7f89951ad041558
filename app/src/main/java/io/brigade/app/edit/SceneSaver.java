package io.brigade.app.edit;

import io.brigade.engine.scene.Scene;
import io.brigade.engine.scene.json.SceneFiles;
import java.io.IOException;
import java.nio.file.Path;

/** Writes a scene file. Called off the FX thread. */
@FunctionalInterface
public interface SceneSaver {

    /** @throws IOException with a message naming what could not be written or expressed */
    void save(Scene scene, Path file) throws IOException;

    /** The engine's writer: replaces the file atomically, so a failed save leaves the old file whole. */
    static SceneSaver standard() {
        return SceneFiles::save;
    }
}
