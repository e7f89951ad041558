package io.brigade.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.brigade.app.dialogs.RenderRunningPrompt;
import io.brigade.app.dialogs.UnsavedChangesPrompt;
import io.brigade.app.dialogs.WindowDialogs;
import io.brigade.app.testing.MainWindowFixture;
import io.brigade.app.testing.SampleScenes;
import io.brigade.engine.math.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** The window with a copy of the sample scene open and edited: undo and redo, saving, the unsaved-changes prompt. */
@ExtendWith(ApplicationExtension.class)
class EditingWindowTest {

    private static final long NO_HANG_SECONDS = 60;
    private static final String CLEAN_TITLE = "Brigade \u2014 teapot.scene.json";
    private static final String DIRTY_TITLE = "Brigade \u2014 *teapot.scene.json";

    @TempDir
    static Path dir;

    private final AtomicInteger prompts = new AtomicInteger();
    private final AtomicReference<UnsavedChangesPrompt.Answer> answer =
            new AtomicReference<>(UnsavedChangesPrompt.Answer.CANCEL);
    private final AtomicInteger quitRequests = new AtomicInteger();
    private MainWindowFixture window;
    private MainViewModel viewModel;
    private Stage stage;
    private Path file;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        file = Files.copy(SampleScenes.TEAPOT_TURNTABLE, dir.resolve("teapot.scene.json"),
                StandardCopyOption.REPLACE_EXISTING);
        WindowDialogs dialogs = new WindowDialogs(owner -> Optional.of(SampleScenes.TEAPOT_TURNTABLE),
                (owner, suggested) -> Optional.of(dir.resolve("saved-as")),
                (owner, sceneName) -> {
                    prompts.incrementAndGet();
                    return answer.get();
                }, (owner, suggested) -> Optional.empty(), (owner, suggested) -> Optional.empty(),
                owner -> RenderRunningPrompt.Answer.KEEP_RENDERING, owner -> Optional.empty());
        window = MainWindowFixture.show(stage,
                viewModel -> new MainWindow(viewModel, dialogs, quitRequests::incrementAndGet)).opening(file);
        viewModel = window.viewModel();
    }

    @Stop
    void stop() throws Exception {
        window.shutDown();
    }

    @BeforeEach
    void editTheOpenScene(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(NO_HANG_SECONDS, TimeUnit.SECONDS, () -> CLEAN_TITLE.equals(stage.getTitle()));
        robot.interact(() -> viewModel.document().apply("Brighten",
                viewModel.sceneProperty().get().withAmbient(Color.WHITE)));
    }

    @Test
    void undoAndRedoShortcutsMoveTheDirtyMarker(FxRobot robot) {
        assertThat(stage.getTitle()).isEqualTo(DIRTY_TITLE);

        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        assertThat(stage.getTitle()).isEqualTo(CLEAN_TITLE);

        robot.push(KeyCode.SHORTCUT, KeyCode.Y);
        assertThat(stage.getTitle()).isEqualTo(DIRTY_TITLE);

        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.Z);
        assertThat(stage.getTitle()).isEqualTo(DIRTY_TITLE);
    }

    @Test
    void saveShortcutWritesTheFileAndCleansTheTitle(FxRobot robot) throws Exception {
        robot.push(KeyCode.SHORTCUT, KeyCode.S);

        WaitForAsyncUtils.waitFor(NO_HANG_SECONDS, TimeUnit.SECONDS, () -> CLEAN_TITLE.equals(stage.getTitle()));
        assertThat(Files.readString(file)).contains("\"ambient\": \"#ffffff\"");
    }

    @Test
    void saveAsShortcutSavesWhereTheChooserSays(FxRobot robot) throws Exception {
        robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.S);

        WaitForAsyncUtils.waitFor(NO_HANG_SECONDS, TimeUnit.SECONDS,
                () -> "Brigade \u2014 saved-as.scene.json".equals(stage.getTitle()));
        assertThat(dir.resolve("saved-as.scene.json")).isRegularFile();
    }

    @Test
    void openingAnotherSceneAsksFirstAndCancelKeepsTheEdits(FxRobot robot) {
        robot.push(KeyCode.SHORTCUT, KeyCode.O);

        assertThat(prompts).hasValue(1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getTitle()).isEqualTo(DIRTY_TITLE);
        assertThat(viewModel.sceneFileProperty().get()).isEqualTo(file);
    }

    @Test
    void openingAnotherSceneWithoutSavingOpensIt(FxRobot robot) throws Exception {
        answer.set(UnsavedChangesPrompt.Answer.DONT_SAVE);

        robot.push(KeyCode.SHORTCUT, KeyCode.O);

        WaitForAsyncUtils.waitFor(NO_HANG_SECONDS, TimeUnit.SECONDS,
                () -> "Brigade \u2014 teapot-turntable.scene.json".equals(stage.getTitle()));
        assertThat(prompts).hasValue(1);
        assertThat(Files.readString(file)).isEqualTo(Files.readString(SampleScenes.TEAPOT_TURNTABLE));
    }

    @Test
    void closingTheWindowAsksAndCancelKeepsItOpen(FxRobot robot) {
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));

        assertThat(prompts).hasValue(1);
        assertThat(stage.isShowing()).isTrue();
    }

    @Test
    void quittingAsksAndDontSaveQuits(FxRobot robot) {
        answer.set(UnsavedChangesPrompt.Answer.DONT_SAVE);

        robot.push(KeyCode.SHORTCUT, KeyCode.Q);

        assertThat(prompts).hasValue(1);
        assertThat(quitRequests).hasValue(1);
    }
}
