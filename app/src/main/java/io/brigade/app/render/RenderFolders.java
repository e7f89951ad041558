package io.brigade.app.render;

import io.brigade.engine.scene.json.SceneFiles;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a render of a scene goes unless the user says otherwise, from the scene's file and the output folder the
 * render preferences name. The samples that come with the app live under a folder named {@value #ASSETS_FOLDER}:
 * they are not the user's, so nothing is ever rendered among them.
 */
public final class RenderFolders {

    /** The folder the app's own sample scenes live in. */
    public static final String ASSETS_FOLDER = "assets";
    private static final String RENDER_OUT = "render-out";

    private final RenderPreferencesStore preferences;

    public RenderFolders(RenderPreferencesStore preferences) {
        this.preferences = Objects.requireNonNull(preferences, "preferences");
    }

    /**
     * NAME in the preferred output folder, or else render-out/NAME beside the scene's file; for a sample in the
     * app's assets, or a scene never saved ({@code sceneFile} null), render-out/NAME in the working folder.
     */
    public Path suggested(Path sceneFile) {
        Optional<Path> preferred = preferences.load().outputFolder();
        if (sceneFile == null) {
            return preferred.orElse(Path.of(RENDER_OUT));
        }
        Path beside = inAssets(sceneFile)
                ? Path.of(RENDER_OUT).toAbsolutePath()
                : sceneFile.toAbsolutePath().getParent().resolve(RENDER_OUT);
        return preferred.orElse(beside).resolve(baseName(sceneFile));
    }

    /**
     * Where Render Animation renders without asking: the suggested folder when the preferences name an output
     * folder, or when the scene has a file of its own outside the app's assets; empty when the user must be asked.
     */
    public Optional<Path> withoutAsking(Path sceneFile) {
        boolean settled = preferences.load().outputFolder().isPresent() || sceneFile != null && !inAssets(sceneFile);
        return settled ? Optional.of(suggested(sceneFile)) : Optional.empty();
    }

    /** True for a file under a folder named {@value #ASSETS_FOLDER}. */
    static boolean inAssets(Path file) {
        for (Path part : file.toAbsolutePath().normalize()) {
            if (part.toString().equals(ASSETS_FOLDER)) {
                return true;
            }
        }
        return false;
    }

    private static String baseName(Path sceneFile) {
        String name = sceneFile.getFileName().toString();
        return name.endsWith(SceneFiles.EXTENSION) ? name.substring(0, name.length() - SceneFiles.EXTENSION.length())
                : name;
    }
}
