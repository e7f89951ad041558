package io.brigade.app.files;

import static org.assertj.core.api.Assertions.assertThat;

import io.brigade.app.chrome.Messages;
import io.brigade.app.concurrent.ExecutorBackgroundTasks;
import io.brigade.app.edit.DocumentViewModel;
import io.brigade.app.edit.SceneSaver;
import io.brigade.app.testing.SampleScenes;
import io.brigade.engine.scene.Scene;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The File commands on their own: a document, the window's messages and what is shown from the start. */
class SceneFileCommandsTest {

    private final ExecutorBackgroundTasks now = new ExecutorBackgroundTasks(Runnable::run, Runnable::run);
    private final DocumentViewModel document = new DocumentViewModel(now, SceneSaver.standard());
    private final Messages messages = new Messages("Ready");
    private final List<Scene> shownFromStart = new ArrayList<>();
    private final SceneFileCommands files = new SceneFileCommands(SceneLoader.standard(), now, document,
            new RecentFiles(RecentFilesStore.inMemory()), messages, new SimpleStringProperty("teapot.scene.json"),
            shownFromStart::add);

    @TempDir
    Path dir;

    @Test
    void anOpenedSceneBecomesTheDocumentIsRememberedAndShownFromTheStart() {
        files.openScene(SampleScenes.TEAPOT_TURNTABLE);

        assertThat(document.fileProperty().get()).isEqualTo(SampleScenes.TEAPOT_TURNTABLE);
        assertThat(shownFromStart).containsExactly(document.sceneProperty().get());
        assertThat(files.recentFiles()).containsExactly(SampleScenes.TEAPOT_TURNTABLE.toAbsolutePath().normalize());
        assertThat(messages.statusProperty().get())
                .isEqualTo("Opened " + SampleScenes.TEAPOT_TURNTABLE.toAbsolutePath());
        assertThat(messages.problemProperty().get()).isNull();
    }

    @Test
    void aBrokenFileLeavesTheOpenSceneAndNamesTheFileInTheBanner() throws Exception {
        files.openScene(SampleScenes.TEAPOT_TURNTABLE);
        Scene open = document.sceneProperty().get();
        Path broken = Files.writeString(dir.resolve("broken.scene.json"), "{\"format\": ");

        files.openScene(broken);

        assertThat(document.sceneProperty().get()).isSameAs(open);
        assertThat(shownFromStart).containsExactly(open);
        assertThat(messages.problemProperty().get().summary()).isEqualTo("Could not open broken.scene.json");
        assertThat(messages.statusProperty().get())
                .isEqualTo("Could not open broken.scene.json; still showing teapot.scene.json");
    }

    @Test
    void aNewSceneIsUntitledAndShownFromTheStart() {
        files.newScene();

        assertThat(files.isUntitled()).isTrue();
        assertThat(shownFromStart).containsExactly(document.sceneProperty().get());
        assertThat(messages.statusProperty().get()).isEqualTo("New scene");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"shot, shot.scene.json", "shot.scene.json, shot.scene.json", "shot.json, shot.json",
            "shot.v2, shot.v2.scene.json"})
    void saveAsNamesGetTheSceneExtension(String typed, String saved) {
        assertThat(SceneFileCommands.withSceneExtension(dir.resolve(typed))).isEqualTo(dir.resolve(saved));
    }
}
