package io.brigade.app.files;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.prefs.Preferences;

/** The recent scene files under one java.util.prefs node (recent.0, recent.1, ...); tests pass their own node. */
public final class JavaPrefsRecentFilesStore implements RecentFilesStore {

    private static final String KEY_PREFIX = "recent.";

    private final Preferences node;

    public JavaPrefsRecentFilesStore(Preferences node) {
        this.node = Objects.requireNonNull(node, "node");
    }

    /** The node the application uses: the user's preferences for this package. */
    public static JavaPrefsRecentFilesStore forUser() {
        return new JavaPrefsRecentFilesStore(Preferences.userNodeForPackage(JavaPrefsRecentFilesStore.class));
    }

    @Override
    public List<Path> load() {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < LIMIT; i++) {
            String stored = node.get(KEY_PREFIX + i, "");
            if (!stored.isBlank()) {
                try {
                    files.add(Path.of(stored));
                } catch (InvalidPathException e) {
                    // written on another system: that entry cannot be opened here, the others still can
                }
            }
        }
        return List.copyOf(files);
    }

    @Override
    public void save(List<Path> files) {
        for (int i = 0; i < LIMIT; i++) {
            if (i < files.size()) {
                node.put(KEY_PREFIX + i, files.get(i).toString());
            } else {
                node.remove(KEY_PREFIX + i);
            }
        }
    }
}
