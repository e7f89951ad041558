package io.brigade.app.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderFoldersTest {

    @TempDir
    Path dir;

    private final InMemoryRenderPreferencesStore preferences = new InMemoryRenderPreferencesStore();
    private final RenderFolders folders = new RenderFolders(preferences);

    @Test
    void aSceneOfTheUsersOwnRendersBesideItWithoutAsking() {
        Path scene = dir.resolve("shots").resolve("orbit.scene.json");

        assertThat(folders.suggested(scene)).isEqualTo(dir.resolve("shots").resolve("render-out").resolve("orbit"));
        assertThat(folders.withoutAsking(scene)).contains(dir.resolve("shots").resolve("render-out").resolve("orbit"));
    }

    @Test
    void aSampleAmongTheAssetsIsNeverRenderedThereAndTheUserIsAsked() {
        Path sample = dir.resolve("assets").resolve("scenes").resolve("teapot-turntable.scene.json");

        assertThat(folders.suggested(sample))
                .isEqualTo(Path.of("render-out").toAbsolutePath().resolve("teapot-turntable"));
        assertThat(folders.suggested(sample).toString()).doesNotContain("assets");
        assertThat(folders.withoutAsking(sample)).isEmpty();
    }

    @Test
    void anUnsavedSceneAsksAndSuggestsTheWorkingFolder() {
        assertThat(folders.suggested(null)).isEqualTo(Path.of("render-out"));
        assertThat(folders.withoutAsking(null)).isEmpty();
    }

    @Test
    void thePreferredOutputFolderWinsForEveryScene() {
        Path out = dir.resolve("frames");
        preferences.save(new RenderPreferences(preferences.load().workers(), Optional.of(out)));
        Path sample = dir.resolve("assets").resolve("heavy.scene.json");

        assertThat(folders.withoutAsking(sample)).contains(out.resolve("heavy"));
        assertThat(folders.withoutAsking(null)).contains(out);
    }
}
