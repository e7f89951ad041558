package io.brigade.app.recovery;

import io.brigade.engine.scene.Scene;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A scene as autosaved: the scene itself, the scene file it belongs to (none for a scene never saved) and
 * when it was written.
 */
public record RecoveredScene(Scene scene, Optional<Path> sceneFile, Instant savedAt) {

    /** What an unsaved new scene is called in the recovery offer. */
    public static final String UNTITLED = "Untitled";

    public RecoveredScene {
        Objects.requireNonNull(scene, "scene");
        Objects.requireNonNull(sceneFile, "sceneFile");
        Objects.requireNonNull(savedAt, "savedAt");
    }

    /** The scene file's name, or "Untitled". */
    public String sceneName() {
        return sceneFile.map(file -> file.getFileName().toString()).orElse(UNTITLED);
    }
}
