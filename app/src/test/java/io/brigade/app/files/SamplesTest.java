package io.brigade.app.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SamplesTest {

    @Test
    void theInstalledFolderTheLauncherNamesComesFirst(@TempDir Path installed) {
        String before = System.getProperty(Samples.FOLDER_PROPERTY);
        System.setProperty(Samples.FOLDER_PROPERTY, installed.toString());
        try {
            assertThat(Samples.find(Path.of("..")).folder()).isEqualTo(installed);
        } finally {
            if (before == null) {
                System.clearProperty(Samples.FOLDER_PROPERTY);
            } else {
                System.setProperty(Samples.FOLDER_PROPERTY, before);
            }
        }
    }

    @Test
    void withoutAnInstalledFolderTheRepositorysAssetsAreTheSamples() {
        assertThat(Samples.find(Path.of("..")).folder()).isEqualTo(Path.of("..", "assets", "scenes"));
    }

    @Test
    void listsOnlySceneFilesByName(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("b.scene.json"), "{}");
        Files.writeString(folder.resolve("a.scene.json"), "{}");
        Files.writeString(folder.resolve("notes.txt"), "not a scene");
        Files.createDirectory(folder.resolve("textures.scene.json"));

        assertThat(new Samples(folder).scenes())
                .containsExactly(folder.resolve("a.scene.json"), folder.resolve("b.scene.json"));
    }

    @Test
    void aMissingFolderHasNoSamplesAndNoStartupScene(@TempDir Path dir) throws Exception {
        Samples missing = new Samples(dir.resolve("not-installed"));

        assertThat(missing.scenes()).isEmpty();
        assertThat(missing.startupScene()).isEmpty();
    }
}
