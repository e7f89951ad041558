package io.brigade.app.files;

import io.brigade.engine.scene.Scene;
import io.brigade.engine.scene.StandardAssetResolver;
import io.brigade.engine.scene.json.SceneFiles;
import io.brigade.engine.scene.json.SceneFormatException;
import java.nio.file.Path;

/** Reads a scene file with its meshes and textures. Called off the FX thread; may take a while. */
@FunctionalInterface
public interface SceneLoader {

    /** @throws SceneFormatException with a message naming the file and the line or field at fault */
    Scene load(Path file) throws SceneFormatException;

    /** The engine's reader, with a fresh asset cache per file so that reopening picks up edited assets. */
    static SceneLoader standard() {
        return file -> SceneFiles.load(file, new StandardAssetResolver());
    }
}
