package io.brigade.app.files;

import io.brigade.engine.scene.json.SceneFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The sample scenes that come with Brigade, all in one folder: the one installed beside the app (its launcher
 * names it in the system property {@value #FOLDER_PROPERTY}), else {@code assets/scenes} in the repository the
 * app was started from.
 */
public record Samples(Path folder) {

    /** Set by the app image's launcher to the samples folder it installs beside the app. */
    static final String FOLDER_PROPERTY = "brigade.samples";
    /** Where the samples lie in the repository, relative to its root. */
    static final Path REPOSITORY_FOLDER = Path.of("assets", "scenes");
    /** The sample the editor opens at start when the command line names no scene. */
    static final String STARTUP_SAMPLE = "teapot-turntable" + SceneFiles.EXTENSION;

    /** The installed samples when the launcher names them, else those of the repository under {@code workingDir}. */
    public static Samples find(Path workingDir) {
        String installed = System.getProperty(FOLDER_PROPERTY, "");
        return new Samples(installed.isBlank() ? workingDir.resolve(REPOSITORY_FOLDER) : Path.of(installed));
    }

    /** The scene files in the folder, by file name; none when there is no such folder. */
    public List<Path> scenes() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(SceneFiles.EXTENSION))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        }
    }

    /** The sample opened at start, if it is there. */
    public Optional<Path> startupScene() {
        Path file = folder.resolve(STARTUP_SAMPLE);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }
}
