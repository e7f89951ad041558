package io.brigade.app.files;

import io.brigade.app.BrigadeApp;
import io.brigade.app.Launcher;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The scene the editor opens at start: the file named on the command line
 * ({@code java ... io.brigade.app.Launcher path/to/scene.scene.json}), else the sample scene
 * ({@link Samples#STARTUP_SAMPLE}) when installed or started from the repository, else none.
 */
public final class StartupScene {

    static final String USAGE = "Brigade takes at most one argument, the scene file to open";

    private StartupScene() {
    }

    /**
     * The scene to open for the command line {@code args}, started in {@code workingDir}. A named file comes
     * back resolved against {@code workingDir} whether or not it exists, so that opening it tells the user
     * what is wrong with it by name.
     *
     * @throws IllegalArgumentException for an option, an empty or malformed name, or more than one file
     */
    public static Optional<Path> choose(List<String> args, Path workingDir) {
        if (args.isEmpty()) {
            return BrigadeApp.startupScene(workingDir);
        }
        if (args.size() > 1) {
            throw new IllegalArgumentException(USAGE + ", got " + args.size() + ": " + String.join(" ", args));
        }
        String name = args.get(0);
        if (name.isBlank() || name.startsWith("-")) {
            throw new IllegalArgumentException(USAGE + ", got \"" + name + "\"");
        }
        try {
            return Optional.of(workingDir.toAbsolutePath().resolve(name).normalize());
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("Not a file name: \"" + name + "\" (" + e.getReason() + ")", e);
        }
    }
}
