package io.brigade.engine.io;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** Finds a program by name, as a shell would; tests pass their own to pretend one is missing or broken. */
@FunctionalInterface
public interface ExecutableLookup {

    /** The executable file called {@code name}, if there is one. */
    Optional<Path> find(String name);

    /** Looks through the folders of the {@code PATH} environment variable (with {@code .exe} on Windows). */
    static ExecutableLookup onPath() {
        return inFolders(System.getenv().getOrDefault("PATH", ""));
    }

    /** Looks through {@code searchPath}, folders separated by the platform's path separator. */
    static ExecutableLookup inFolders(String searchPath) {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        return name -> {
            for (String folder : searchPath.split(File.pathSeparator)) {
                if (folder.isBlank()) {
                    continue;
                }
                for (String candidate : windows ? new String[] {name + ".exe", name} : new String[] {name}) {
                    try {
                        Path file = Path.of(folder, candidate);
                        if (Files.isRegularFile(file) && Files.isExecutable(file)) {
                            return Optional.of(file);
                        }
                    } catch (InvalidPathException e) {
                        // a PATH entry this file system cannot name holds no program we could start
                    }
                }
            }
            return Optional.empty();
        };
    }
}
