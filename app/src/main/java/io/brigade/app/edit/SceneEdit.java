package io.brigade.app.edit;

import io.brigade.engine.scene.Scene;
import java.util.Objects;

/**
 * One change to the scene, kept as the two immutable snapshots around it: undoing restores {@code before},
 * redoing restores {@code after}. Snapshots share every part the change left alone, so they cost little.
 */
public record SceneEdit(String description, Scene before, Scene after) {

    public SceneEdit {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }
}
