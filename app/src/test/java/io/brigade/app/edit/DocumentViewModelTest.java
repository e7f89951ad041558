package io.brigade.app.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.brigade.app.concurrent.BackgroundTasks;
import io.brigade.app.concurrent.ExecutorBackgroundTasks;
import io.brigade.app.testing.SampleScenes;
import io.brigade.engine.scene.Scene;
import io.brigade.engine.scene.StandardAssetResolver;
import io.brigade.engine.scene.json.SceneFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentViewModelTest {

    private static final BackgroundTasks AT_ONCE = new ExecutorBackgroundTasks(Runnable::run, Runnable::run);

    @TempDir
    Path dir;

    private final Scene opened = SampleScenes.teapotTurntable();
    private final Scene resized = opened.withSettings(opened.settings().withSize(320, 180));
    private final List<Exception> failures = new ArrayList<>();
    private final DocumentViewModel document = new DocumentViewModel(AT_ONCE, SceneSaver.standard());

    @Test
    void anOpenedSceneIsCleanWithNothingToUndo() {
        Path file = dir.resolve("a.scene.json");

        document.open(file, opened);

        assertThat(document.sceneProperty().get()).isSameAs(opened);
        assertThat(document.fileProperty().get()).isEqualTo(file);
        assertThat(document.dirtyProperty().get()).isFalse();
        assertThat(document.canUndoProperty().get()).isFalse();
        assertThat(document.canRedoProperty().get()).isFalse();
        assertThat(document.undoTextProperty().get()).isEqualTo("Undo");
    }

    @Test
    void anEditIsDirtyAndUndoAndRedoWalkBackAndForth() {
        document.open(dir.resolve("a.scene.json"), opened);

        document.apply("Resize", resized);
        assertThat(document.sceneProperty().get()).isSameAs(resized);
        assertThat(document.dirtyProperty().get()).isTrue();
        assertThat(document.undoTextProperty().get()).isEqualTo("Undo Resize");

        document.undo();
        assertThat(document.sceneProperty().get()).isSameAs(opened);
        assertThat(document.dirtyProperty().get()).isFalse();
        assertThat(document.canRedoProperty().get()).isTrue();
        assertThat(document.redoTextProperty().get()).isEqualTo("Redo Resize");

        document.redo();
        assertThat(document.sceneProperty().get()).isSameAs(resized);
        assertThat(document.dirtyProperty().get()).isTrue();
    }

    @Test
    void givingBackTheSameSceneIsNoEditAndUndoWithNothingToUndoDoesNothing() {
        document.open(dir.resolve("a.scene.json"), opened);

        document.apply("Nothing", opened);
        document.undo();
        document.redo();

        assertThat(document.sceneProperty().get()).isSameAs(opened);
        assertThat(document.canUndoProperty().get()).isFalse();
    }

    @Test
    void cannotEditOrSaveBeforeASceneIsOpen() {
        assertThatIllegalStateException().isThrownBy(() -> document.apply("Resize", resized));
        assertThatIllegalStateException().isThrownBy(() -> document.saveTo(dir.resolve("x.scene.json"), () -> { },
                failures::add));
    }

    @Test
    void savingWritesAFileThatReadsBackAndMakesTheDocumentClean() throws Exception {
        document.open(dir.resolve("a.scene.json"), opened);
        document.apply("Resize", resized);
        Path target = dir.resolve("b.scene.json");
        List<String> saved = new ArrayList<>();

        document.saveTo(target, () -> saved.add("saved"), failures::add);

        assertThat(saved).containsExactly("saved");
        assertThat(failures).isEmpty();
        assertThat(document.dirtyProperty().get()).isFalse();
        assertThat(document.fileProperty().get()).isEqualTo(target);
        Scene reread = SceneFiles.load(target, new StandardAssetResolver());
        assertThat(reread.settings()).isEqualTo(resized.settings());
        assertThat(reread.objects()).hasSameSizeAs(resized.objects());
    }

    @Test
    void undoingPastTheSaveIsDirtyAgain() {
        document.open(dir.resolve("a.scene.json"), opened);
        document.apply("Resize", resized);
        document.saveTo(dir.resolve("a.scene.json"), () -> { }, failures::add);

        document.undo();

        assertThat(document.dirtyProperty().get()).isTrue();
    }

    @Test
    void aFailedSaveChangesNothing() {
        IOException diskFull = new IOException("disk full");
        DocumentViewModel failing = new DocumentViewModel(AT_ONCE, (scene, file) -> {
            throw diskFull;
        });
        Path file = dir.resolve("a.scene.json");
        failing.open(file, opened);
        failing.apply("Resize", resized);

        failing.saveTo(dir.resolve("b.scene.json"), () -> { }, failures::add);

        assertThat(failures).containsExactly(diskFull);
        assertThat(failing.dirtyProperty().get()).isTrue();
        assertThat(failing.fileProperty().get()).isEqualTo(file);
        assertThat(Files.exists(dir.resolve("b.scene.json"))).isFalse();
    }

    @Test
    void anEditMadeWhileSavingStaysUnsaved() {
        HeldTasks tasks = new HeldTasks();
        DocumentViewModel slow = new DocumentViewModel(tasks, SceneSaver.standard());
        slow.open(dir.resolve("a.scene.json"), opened);
        slow.apply("Resize", resized);

        slow.saveTo(dir.resolve("a.scene.json"), () -> { }, failures::add);
        slow.apply("Resize again", resized.withSettings(resized.settings().withSize(640, 360)));
        tasks.finish(0);

        assertThat(slow.dirtyProperty().get()).isTrue();
        slow.undo();
        assertThat(slow.dirtyProperty().get()).isFalse();
    }

    @Test
    void aSaveThatFinishesAfterAnotherFileWasOpenedLeavesThatOneAlone() {
        HeldTasks tasks = new HeldTasks();
        DocumentViewModel slow = new DocumentViewModel(tasks, SceneSaver.standard());
        slow.open(dir.resolve("a.scene.json"), opened);
        slow.apply("Resize", resized);
        slow.saveTo(dir.resolve("a.scene.json"), () -> { }, failures::add);

        Path other = dir.resolve("other.scene.json");
        slow.open(other, opened);
        slow.apply("Resize", resized);
        tasks.finish(0);

        assertThat(slow.fileProperty().get()).isEqualTo(other);
        assertThat(slow.dirtyProperty().get()).isTrue();
    }

    /** Runs each task only when the test says. */
    private static final class HeldTasks implements BackgroundTasks {
        private final List<Runnable> tasks = new ArrayList<>();

        @Override
        public <T> void run(Callable<? extends T> work, Consumer<? super T> onSuccess,
                            Consumer<? super Exception> onFailure) {
            tasks.add(() -> AT_ONCE.run(work, onSuccess, onFailure));
        }

        void finish(int index) {
            tasks.get(index).run();
        }
    }
}
