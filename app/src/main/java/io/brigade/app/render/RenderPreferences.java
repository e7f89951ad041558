package io.brigade.app.render;

import io.brigade.app.farm.FarmPreferences;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How this machine renders, kept with the app rather than in the scene: worker threads per job, the
 * folder final renders go into unless the user picks another (empty: beside the scene file), and where final
 * renders run (this computer or a render farm).
 */
public record RenderPreferences(int workers, Optional<Path> outputFolder, FarmPreferences farm) {

    public RenderPreferences {
        if (workers < 1 || workers > maxWorkers()) {
            throw new IllegalArgumentException("workers must be between 1 and " + maxWorkers() + ", got " + workers);
        }
        Objects.requireNonNull(outputFolder, "outputFolder");
        Objects.requireNonNull(farm, "farm");
    }

    /** Rendering on this computer. */
    public RenderPreferences(int workers, Optional<Path> outputFolder) {
        this(workers, outputFolder, FarmPreferences.thisComputer());
    }

    /** One worker per core, the folder beside the scene, on this computer. */
    public static RenderPreferences defaults() {
        return new RenderPreferences(Runtime.getRuntime().availableProcessors(), Optional.empty());
    }

    public RenderPreferences withWorkers(int count) {
        return new RenderPreferences(count, outputFolder, farm);
    }

    /** Twice the cores: more only adds switching. */
    public static int maxWorkers() {
        return 2 * Runtime.getRuntime().availableProcessors();
    }
}
