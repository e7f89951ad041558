package io.brigade.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.brigade.app.concurrent.ExecutorBackgroundTasks;
import io.brigade.app.dialogs.UnsavedChangesPrompt;
import io.brigade.app.edit.SceneSaver;
import io.brigade.app.files.SceneLoader;
import io.brigade.app.recovery.RecoveryStore;
import io.brigade.app.render.RenderJobs;
import io.brigade.app.testing.SampleScenes;
import io.brigade.app.testing.SynchronousPreviews;
import io.brigade.engine.scene.Scene;
import io.brigade.engine.scene.StandardAssetResolver;
import io.brigade.engine.scene.json.SceneFiles;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File > New, saving a scene that belongs to no file yet, and the autosave as documents come and go. */
class DocumentLifecycleTest {

    private final MainViewModel viewModel = new MainViewModel(SceneLoader.standard(), SceneSaver.standard(),
            new ExecutorBackgroundTasks(Runnable::run, Runnable::run), new SynchronousPreviews(),
            RenderJobs.scheduler(), Runnable::run);
    private final List<String> events = new ArrayList<>();
    private Runnable tick;
    private RecoveryStore store;

    @TempDir
    Path dir;

    @BeforeEach
    void autosave() {
        store = new RecoveryStore(dir.resolve("recovery"));
        viewModel.files().enableAutosave(store, (period, action) -> {
            tick = action;
            return () -> { };
        }, Clock.fixed(Instant.parse("2026-03-14T09:26:53Z"), ZoneOffset.UTC)).offerRecovery(recovered -> {
            throw new AssertionError("nothing to recover");
        }, () -> events.add("started"));
    }

    @Test
    void aNewSceneHasACameraALightAndAGroundAndNoFile() {
        viewModel.viewport().areaResized(320, 240);
        viewModel.files().openScene(SampleScenes.TEAPOT_TURNTABLE);

        viewModel.files().newScene();

        Scene scene = viewModel.sceneProperty().get();
        assertThat(scene.lights()).hasSize(1);
        assertThat(scene.objects()).extracting(object -> object.name()).containsExactly("ground");
        assertThat(viewModel.sceneFileProperty().get()).isNull();
        assertThat(viewModel.files().isUntitled()).isTrue();
        assertThat(viewModel.titleProperty().get()).isEqualTo("Brigade \u2014 Untitled");
        assertThat(viewModel.document().dirtyProperty().get()).isFalse();
        assertThat(viewModel.document().canUndoProperty().get()).isFalse();
        assertThat(viewModel.timeline().frameProperty().get()).isEqualTo(scene.settings().startFrame());
        assertThat(viewModel.viewport().imageProperty().get()).isNotNull();
    }

    @Test
    void savingANewSceneWhenAskedGoesWhereTheSaveAsDialogSays() throws Exception {
        viewModel.files().newScene();
        viewModel.document().apply("Resize", resized(viewModel.sceneProperty().get()));
        Path chosen = dir.resolve("fresh");

        viewModel.files().proceedDespiteUnsavedChanges(() -> UnsavedChangesPrompt.Answer.SAVE, () -> Optional.of(chosen),
                () -> events.add("proceeded"));

        Path saved = dir.resolve("fresh" + SceneFiles.EXTENSION);
        assertThat(events).containsExactly("started", "proceeded");
        assertThat(viewModel.sceneFileProperty().get()).isEqualTo(saved);
        assertThat(viewModel.document().dirtyProperty().get()).isFalse();
        assertThat(SceneFiles.toJson(SceneFiles.load(saved, new StandardAssetResolver())))
                .isEqualTo(SceneFiles.toJson(viewModel.sceneProperty().get()));
    }

    @Test
    void cancellingTheSaveAsDialogOfANewSceneDoesNotProceed() {
        viewModel.files().newScene();
        viewModel.document().apply("Resize", resized(viewModel.sceneProperty().get()));

        viewModel.files().proceedDespiteUnsavedChanges(() -> UnsavedChangesPrompt.Answer.SAVE, Optional::empty,
                () -> events.add("proceeded"));

        assertThat(events).containsExactly("started");
        assertThat(viewModel.document().dirtyProperty().get()).isTrue();
    }

    @Test
    void anUnsavedNewSceneIsAutosavedAsUntitled() throws Exception {
        viewModel.files().newScene();
        viewModel.document().apply("Resize", resized(viewModel.sceneProperty().get()));

        tick.run();

        assertThat(store.read()).hasValueSatisfying(recovered -> {
            assertThat(recovered.sceneFile()).isEmpty();
            assertThat(recovered.sceneName()).isEqualTo("Untitled");
        });
    }

    @Test
    void choosingNotToSaveRemovesTheAutosave() {
        viewModel.files().openScene(SampleScenes.TEAPOT_TURNTABLE);
        viewModel.document().apply("Resize", resized(viewModel.sceneProperty().get()));
        tick.run();
        assertThat(store.file()).exists();

        viewModel.files().proceedDespiteUnsavedChanges(() -> UnsavedChangesPrompt.Answer.DONT_SAVE,
                () -> events.add("closed"));

        assertThat(events).containsExactly("started", "closed");
        assertThat(store.file()).doesNotExist();
    }

    @Test
    void cancellingKeepsTheAutosave() {
        viewModel.files().openScene(SampleScenes.TEAPOT_TURNTABLE);
        viewModel.document().apply("Resize", resized(viewModel.sceneProperty().get()));
        tick.run();

        viewModel.files().proceedDespiteUnsavedChanges(() -> UnsavedChangesPrompt.Answer.CANCEL, () -> events.add("closed"));

        assertThat(store.file()).exists();
    }

    private static Scene resized(Scene scene) {
        return scene.withSettings(scene.settings().withSize(320, 180));
    }
}
