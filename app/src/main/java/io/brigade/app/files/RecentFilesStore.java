package io.brigade.app.files;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Where the scene files opened lately are kept between runs, newest first; tests keep their own. */
public interface RecentFilesStore {

    /** How many File > Open Recent lists. */
    int LIMIT = 8;

    List<Path> load();

    void save(List<Path> files);

    /** {@code files} with {@code opened} moved or added to the front, at most {@link #LIMIT} long. */
    static List<Path> withOpened(List<Path> files, Path opened) {
        Path file = opened.toAbsolutePath().normalize();
        List<Path> result = new ArrayList<>(LIMIT);
        result.add(file);
        files.stream().filter(other -> !other.equals(file)).limit(LIMIT - 1).forEach(result::add);
        return List.copyOf(result);
    }

    /** Kept only while the app runs. */
    static RecentFilesStore inMemory() {
        return new RecentFilesStore() {
            private List<Path> files = List.of();

            @Override
            public List<Path> load() {
                return files;
            }

            @Override
            public void save(List<Path> newFiles) {
                files = List.copyOf(newFiles);
            }
        };
    }
}
