package io.brigade.app.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.brigade.engine.scene.Scene;
import io.brigade.engine.scene.StandardAssetResolver;
import io.brigade.engine.scene.json.SceneFiles;
import io.brigade.engine.scene.json.SceneFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryStoreTest {

    private static final Path TEXTURED =
            Path.of("..", "assets", "scenes", "textured.scene.json").toAbsolutePath().normalize();
    private static final Instant SAVED_AT = Instant.parse("2026-03-14T09:26:53Z");

    @TempDir
    Path dir;

    @Test
    void aSceneWithTexturesComesBackWholeWithItsAssetsReadBesideItsOwnFile() throws Exception {
        Scene scene = SceneFiles.load(TEXTURED, new StandardAssetResolver());
        RecoveryStore store = new RecoveryStore(dir.resolve("recovery"));

        store.write(new RecoveredScene(scene, Optional.of(TEXTURED), SAVED_AT));
        RecoveredScene read = store.read().orElseThrow();

        assertThat(SceneFiles.toJson(read.scene())).isEqualTo(SceneFiles.toJson(scene));
        assertThat(read.scene().objects()).anySatisfy(object ->
                assertThat(object.materialOverride().hasTexture()).isTrue());
        assertThat(read.sceneFile()).contains(TEXTURED);
        assertThat(read.savedAt()).isEqualTo(SAVED_AT);
        try (var files = Files.list(dir.resolve("recovery"))) {
            assertThat(files).containsExactly(store.file()); // no temporary file left beside it
        }
    }

    @Test
    void noFileIsNothingToRecoverAndDeletingTwiceIsFine() throws Exception {
        RecoveryStore store = new RecoveryStore(dir);

        assertThat(store.read()).isEmpty();
        store.delete();
        store.delete();
    }

    @Test
    void aBrokenSceneInsideIsReportedByTheRecoveryFileAndField() throws IOException {
        RecoveryStore store = new RecoveryStore(dir);
        Files.writeString(store.file(), """
                { "format": "brigade-recovery", "version": 1, "sceneFile": null, "savedAt": "2026-03-14T09:26:53Z",
                  "scene": { "format": "brigade-scene", "version": 1, "settings": { "fps": -5 } } }
                """);

        assertThatThrownBy(store::read).isInstanceOf(SceneFormatException.class)
                .hasMessageContaining(RecoveryStore.FILE_NAME).hasMessageContaining("fps");
    }

    @Test
    void truncatedJsonIsReportedByLine() throws IOException {
        RecoveryStore store = new RecoveryStore(dir);
        Files.writeString(store.file(), "{ \"format\": \"brigade-recovery\",\n \"version\": 1,\n");

        assertThatThrownBy(store::read).isInstanceOf(SceneFormatException.class)
                .hasMessageContaining(RecoveryStore.FILE_NAME + ":3");
    }

    @Test
    void keepingAsideRenamesTheFileOutOfTheWay() throws Exception {
        RecoveryStore store = new RecoveryStore(dir);
        Files.writeString(store.file(), "garbage");

        Path kept = store.keepAside(SAVED_AT);

        assertThat(store.file()).doesNotExist();
        assertThat(kept).hasContent("garbage").hasParent(dir);
        assertThat(kept.getFileName().toString()).doesNotContain(":");
        assertThat(store.read()).isEmpty();
    }
}
