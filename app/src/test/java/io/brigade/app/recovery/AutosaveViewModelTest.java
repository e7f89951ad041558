package io.brigade.app.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import io.brigade.app.chrome.Problem;
import io.brigade.app.concurrent.BackgroundTasks;
import io.brigade.app.concurrent.ExecutorBackgroundTasks;
import io.brigade.app.edit.DocumentViewModel;
import io.brigade.app.edit.SceneSaver;
import io.brigade.app.testing.SampleScenes;
import io.brigade.engine.scene.Scene;
import io.brigade.engine.scene.StandardAssetResolver;
import io.brigade.engine.scene.json.SceneFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutosaveViewModelTest {

    private static final Instant NOW = Instant.parse("2026-03-14T09:26:53Z");

    @TempDir
    Path dir;

    private final Scene teapot = SampleScenes.teapotTurntable();
    private final Scene resized = teapot.withSettings(teapot.settings().withSize(320, 180));
    private final Scene smaller = teapot.withSettings(teapot.settings().withSize(160, 90));
    /** File work waits here until a test runs it, as it would wait for the scene-file thread. */
    private final Queue<Runnable> fileThread = new ArrayDeque<>();
    private final BackgroundTasks background = new ExecutorBackgroundTasks(fileThread::add, Runnable::run);
    private final DocumentViewModel document = new DocumentViewModel(background, SceneSaver.standard());
    private final List<Problem> problems = new ArrayList<>();
    private final List<RecoveredScene> opened = new ArrayList<>();
    private final List<Duration> periods = new ArrayList<>();
    private Runnable tick;
    private RecoveryStore store;
    private AutosaveViewModel autosave;
    private Path sceneFile;

    @BeforeEach
    void setUp() {
        store = new RecoveryStore(dir.resolve("recovery"));
        sceneFile = dir.resolve("scenes").resolve("mine.scene.json");
        Ticker ticker = (period, action) -> {
            periods.add(period);
            tick = action;
            return () -> tick = null;
        };
        autosave = new AutosaveViewModel(document, store, background, ticker, Clock.fixed(NOW, ZoneOffset.UTC),
                recovered -> {
                    opened.add(recovered);
                    document.openRecovered(recovered.sceneFile(), recovered.scene());
                }, problems::add);
    }

    @Test
    void ticksEveryThirtySeconds() {
        assertThat(periods).containsExactly(Duration.ofSeconds(30));
    }

    @Test
    void unsavedChangesAreWrittenOffTheFxThreadWithTheirFileAndTime() throws Exception {
        startWithNoRecoveryFile();
        document.open(sceneFile, teapot);
        document.apply("Resize", resized);

        tick.run();
        assertThat(store.file()).doesNotExist(); // still queued for the file thread
        runFileWork();

        RecoveredScene written = store.read().orElseThrow();
        assertThat(SceneFiles.toJson(written.scene())).isEqualTo(SceneFiles.toJson(resized));
        assertThat(written.sceneFile()).contains(sceneFile.toAbsolutePath());
        assertThat(written.savedAt()).isEqualTo(NOW);
        assertThat(autosave.lastAutosaveProperty().get()).isEqualTo(NOW);
        assertThat(problems).isEmpty();
    }

    @Test
    void nothingIsWrittenWhileThereAreNoUnsavedChanges() {
        startWithNoRecoveryFile();
        tick.run();
        document.open(sceneFile, teapot);
        tick.run();

        assertThat(fileThread).isEmpty();
        assertThat(store.file()).doesNotExist();
    }

    @Test
    void aSceneAlreadyAutosavedIsNotWrittenAgainButTheNextChangeIs() throws IOException {
        startWithNoRecoveryFile();
        document.open(sceneFile, teapot);
        document.apply("Resize", resized);
        tick.run();
        runFileWork();
        Files.delete(store.file());

        tick.run();
        assertThat(fileThread).isEmpty();

        document.apply("Shrink", smaller);
        tick.run();
        runFileWork();
        assertThat(store.file()).exists();
    }

    @Test
    void aTickDuringAWriteWritesNothingMore() {
        startWithNoRecoveryFile();
        document.open(sceneFile, teapot);
        document.apply("Resize", resized);
        tick.run();
        document.apply("Shrink", smaller);

        tick.run();

        assertThat(fileThread).hasSize(1);
    }

    @Test
    void aCleanSaveRemovesTheRecoveryFile() throws Exception {
        startWithNoRecoveryFile();
        Files.createDirectories(sceneFile.getParent());
        document.open(sceneFile, teapot);
        document.apply("Resize", resized);
        tick.run();
        runFileWork();

        document.saveTo(sceneFile, () -> { }, failure -> problems.add(Problem.of("save", failure)));
        runFileWork();

        assertThat(document.dirtyProperty().get()).isFalse();
        assertThat(store.file()).doesNotExist();
        assertThat(SceneFiles.toJson(SceneFiles.load(sceneFile, new StandardAssetResolver())))
                .isEqualTo(SceneFiles.toJson(resized));
    }

    @Test
    void undoingBackToTheSavedSceneOrOpeningAnotherRemovesIt() {
        startWithNoRecoveryFile();
        document.open(sceneFile, teapot);
        document.apply("Resize", resized);
        tick.run();
        runFileWork();

        document.undo();
        runFileWork();
        assertThat(store.file()).doesNotExist();

        document.redo(); // the very scene autosaved before: written again, as the file is gone
        tick.run();
        runFileWork();
        assertThat(store.file()).exists();

        document.open(dir.resolve("other.scene.json"), teapot);
        runFileWork();
        assertThat(store.file()).doesNotExist();
    }

    @Test
    void aWriteThatFinishesAfterTheFileWasDiscardedDoesNotCountAsAutosaved() {
        startWithNoRecoveryFile();
        document.open(sceneFile, teapot);
        document.apply("Resize", resized);
        tick.run();
        autosave.discard(); // queued behind the write, as on the real file thread
        runFileWork();
        assertThat(store.file()).doesNotExist();

        tick.run();
        runFileWork();
        assertThat(store.file()).exists();
    }

    @Test
    void nothingIsWrittenOrDeletedBeforeTheRecoveryOfferIsDealtWith() throws IOException {
        writeRecoveryFile(resized, Optional.of(sceneFile));
        byte[] before = Files.readAllBytes(store.file());
        document.open(sceneFile, teapot);
        document.apply("Resize", smaller);
        tick.run();
        document.undo();
        autosave.discard();

        assertThat(fileThread).isEmpty();
        assertThat(Files.readAllBytes(store.file())).isEqualTo(before);
    }

    @Test
    void recoverOpensTheAutosaveAsUnsavedChangesToItsFile() throws IOException {
        writeRecoveryFile(resized, Optional.of(sceneFile));
        List<RecoveredScene> offered = new ArrayList<>();
        List<String> otherwise = new ArrayList<>();

        autosave.offerRecovery(recovered -> {
            offered.add(recovered);
            return RecoveryPrompt.Answer.RECOVER;
        }, () -> otherwise.add("startup scene"));
        runFileWork();

        assertThat(offered).singleElement().satisfies(recovered -> {
            assertThat(recovered.sceneName()).isEqualTo("mine.scene.json");
            assertThat(recovered.savedAt()).isEqualTo(NOW);
        });
        assertThat(otherwise).isEmpty();
        assertThat(opened).hasSize(1);
        assertThat(document.fileProperty().get()).isEqualTo(sceneFile.toAbsolutePath());
        assertThat(document.dirtyProperty().get()).isTrue();
        assertThat(document.canUndoProperty().get()).isFalse();
        assertThat(SceneFiles.toJson(document.sceneProperty().get())).isEqualTo(SceneFiles.toJson(resized));
        assertThat(store.file()).exists(); // kept until the changes are saved

        tick.run(); // the file holds this very scene already
        assertThat(fileThread).isEmpty();
    }

    @Test
    void discardDeletesTheAutosaveAndGoesOn() throws IOException {
        writeRecoveryFile(resized, Optional.empty());
        List<String> otherwise = new ArrayList<>();

        autosave.offerRecovery(recovered -> {
            assertThat(recovered.sceneName()).isEqualTo(RecoveredScene.UNTITLED);
            return RecoveryPrompt.Answer.DISCARD;
        }, () -> otherwise.add("startup scene"));
        runFileWork();

        assertThat(store.file()).doesNotExist();
        assertThat(otherwise).containsExactly("startup scene");
        assertThat(opened).isEmpty();
    }

    @Test
    void withNoRecoveryFileNothingIsAsked() {
        List<String> otherwise = new ArrayList<>();

        autosave.offerRecovery(recovered -> {
            throw new AssertionError("nothing to offer");
        }, () -> otherwise.add("startup scene"));
        runFileWork();

        assertThat(otherwise).containsExactly("startup scene");
        assertThat(problems).isEmpty();
    }

    @Test
    void aBrokenRecoveryFileIsKeptAsideAndTold() throws IOException {
        Files.createDirectories(store.file().getParent());
        Files.writeString(store.file(), "{ \"format\": \"brigade-recovery\", \"version\": 1, \"savedAt\": \"yesterday\" }");
        List<String> otherwise = new ArrayList<>();

        autosave.offerRecovery(recovered -> {
            throw new AssertionError("a broken file is not offered");
        }, () -> otherwise.add("startup scene"));
        runFileWork();

        assertThat(store.file()).doesNotExist();
        List<Path> keptAside;
        try (Stream<Path> files = Files.list(store.file().getParent())) {
            keptAside = files.toList();
        }
        assertThat(keptAside).singleElement().satisfies(kept -> {
            assertThat(kept.getFileName().toString()).startsWith("broken-").endsWith(RecoveryStore.FILE_NAME);
            assertThat(Files.readString(kept)).contains("yesterday");
        });
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.summary()).contains("could not be read", keptAside.get(0).toString());
            assertThat(problem.detail()).contains(RecoveryStore.FILE_NAME, "savedAt");
        });
        assertThat(otherwise).as("no scene opens over the message").isEmpty();
    }

    @Test
    void aFailedAutosaveIsTold() throws IOException {
        Files.writeString(dir.resolve("recovery"), "a file where the folder should be");
        startWithNoRecoveryFile();
        problems.clear();
        document.open(sceneFile, teapot);
        document.apply("Resize", resized);

        tick.run();
        runFileWork();

        assertThat(problems).singleElement().extracting(Problem::summary).asString()
                .startsWith("Could not autosave to " + store.file());
    }

    @Test
    void stoppingEndsTheTickingAndWritesNothingMore() {
        startWithNoRecoveryFile();
        document.open(sceneFile, teapot);
        document.apply("Resize", resized);
        Runnable ticking = tick;

        autosave.stop();
        ticking.run();

        assertThat(tick).isNull();
        assertThat(fileThread).isEmpty();
    }

    private void startWithNoRecoveryFile() {
        autosave.offerRecovery(recovered -> {
            throw new AssertionError("no recovery file was expected");
        }, () -> { });
        runFileWork();
    }

    private void writeRecoveryFile(Scene scene, Optional<Path> file) throws IOException {
        store.write(new RecoveredScene(scene, file, NOW));
    }

    private void runFileWork() {
        while (!fileThread.isEmpty()) {
            fileThread.remove().run();
        }
    }
}
