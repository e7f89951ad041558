package io.brigade.app.render;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How this machine renders, kept with the app rather than in the scene: worker threads per job, and the
 * folder final renders go into unless the user picks another (empty: beside the scene file).
 */
public record RenderPreferences(int workers, Optional<Path> outputFolder) {

    public RenderPreferences {
        if (workers < 1 || workers > maxWorkers()) {
            throw new IllegalArgumentException("workers must be between 1 and " + maxWorkers() + ", got " + workers);
        }
        Objects.requireNonNull(outputFolder, "outputFolder");
    }

    /** One worker per core, the folder beside the scene. */
    public static RenderPreferences defaults() {
        return new RenderPreferences(Runtime.getRuntime().availableProcessors(), Optional.empty());
    }

    /** Twice the cores: more only adds switching. */
    public static int maxWorkers() {
        return 2 * Runtime.getRuntime().availableProcessors();
    }
}
