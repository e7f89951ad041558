package io.brigade.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.brigade.app.chrome.MainMenu;
import io.brigade.app.dialogs.SceneFileChooser;
import io.brigade.app.testing.MainWindowFixture;
import io.brigade.app.testing.SampleScenes;
import io.brigade.app.testing.WindowServices;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** The window before any scene is open, and opening one from the menu. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private static final Path CHOSEN_SCENE = SampleScenes.TEAPOT_TURNTABLE;
    private static final long NO_HANG_SECONDS = 60;

    private final AtomicInteger quitRequests = new AtomicInteger();
    private final AtomicInteger chooserQuestions = new AtomicInteger();
    private MainWindowFixture window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        SceneFileChooser chooser = owner -> {
            chooserQuestions.incrementAndGet();
            return Optional.of(CHOSEN_SCENE);
        };
        window = MainWindowFixture.show(stage, viewModel -> new MainWindow(viewModel,
                WindowServices.dialogsOpening(chooser), quitRequests::incrementAndGet));
    }

    @Stop
    void stop() throws Exception {
        window.shutDown();
    }

    /** Guards the surefire configuration: with a display present, a broken one would silently use it. */
    @Test
    void runsHeadlessOnMonocleWithSoftwareRendering() {
        assertThat(com.sun.glass.ui.Application.GetApplication().getClass().getName())
                .isEqualTo("com.sun.glass.ui.monocle.MonocleApplication");
        assertThat(com.sun.prism.GraphicsPipeline.getPipeline().getClass().getName())
                .isEqualTo("com.sun.prism.sw.SWPipeline");
    }

    @Test
    void windowIsTitledAndShowing() {
        assertThat(stage.getTitle()).isEqualTo(MainWindow.TITLE);
        assertThat(stage.isShowing()).isTrue();
    }

    @Test
    void fileMenuOffersNewOpenRecentSampleImportSaveAndQuitWithShortcuts(FxRobot robot) {
        MenuBar bar = window.lookup(robot, "#menuBar").queryAs(MenuBar.class);

        assertThat(bar.getMenus()).extracting(Menu::getText).startsWith("_File", "_Edit");
        List<MenuItem> items = bar.getMenus().get(0).getItems().stream()
                .filter(item -> !(item instanceof SeparatorMenuItem)).toList();
        assertThat(items).extracting(MenuItem::getText)
                .containsExactly(MainMenu.NEW_SCENE_TEXT, MainMenu.OPEN_SCENE_TEXT, MainMenu.OPEN_RECENT_TEXT,
                        MainMenu.OPEN_SAMPLE_TEXT, MainMenu.IMPORT_OBJ_TEXT, MainMenu.SAVE_TEXT, MainMenu.SAVE_AS_TEXT, MainMenu.QUIT_TEXT);
        assertThat(items).extracting(MenuItem::getAccelerator)
                .containsExactly(KeyCombination.keyCombination("Shortcut+N"),
                        KeyCombination.keyCombination("Shortcut+O"), null, null,
                        KeyCombination.keyCombination("Shortcut+I"),
                        KeyCombination.keyCombination("Shortcut+S"),
                        KeyCombination.keyCombination("Shortcut+Shift+S"),
                        KeyCombination.keyCombination("Shortcut+Q"));
        assertThat(items).allSatisfy(item -> assertThat(item.getGraphic()).isNotNull());
    }

    @Test
    void savingAndUndoWaitForAScene(FxRobot robot) {
        MenuBar bar = window.lookup(robot, "#menuBar").queryAs(MenuBar.class);
        List<MenuItem> edit = bar.getMenus().get(1).getItems();

        assertThat(bar.getMenus().get(0).getItems()).filteredOn(item -> item.getText() != null
                && item.getText().startsWith("Save")).allMatch(MenuItem::isDisable);
        assertThat(edit.subList(0, 2)).extracting(MenuItem::getText).containsExactly("Undo", "Redo");
        assertThat(edit.subList(0, 2)).allMatch(MenuItem::isDisable);
    }

    @Test
    void startsReadyWithTheHintAndNoTimeline(FxRobot robot) {
        StatusBar status = window.lookup(robot, "#statusBar").queryAs(StatusBar.class);

        assertThat(status.getText()).isEqualTo(MainViewModel.READY_STATUS);
        assertThat(window.lookup(robot, "#previewPlaceholder").queryLabeled().isVisible()).isTrue();
        assertThat(window.lookup(robot, "#timelineBar").query().isDisabled()).isTrue();
        assertThat(window.lookup(robot, "#statusTriangles").query().isVisible()).isFalse();
    }

    @Test
    void theStatusMessageStandsApartFromTheResponsivenessMeter(FxRobot robot) {
        StatusBar status = window.lookup(robot, "#statusBar").queryAs(StatusBar.class);
        Node meter = status.getLeftItems().get(0);
        Label message = robot.lookup(node -> node instanceof Label label && label.getText() != null
                && label.getText().equals(status.getText())).queryAs(Label.class);

        double meterRight = meter.localToScene(meter.getBoundsInLocal()).getMaxX();
        double messageLeft = message.localToScene(message.getBoundsInLocal()).getMinX();
        assertThat(messageLeft - meterRight).as("space between the meter's sparkline and the message (px)")
                .isGreaterThanOrEqualTo(6);
    }

    @Test
    void openSceneFromTheMenuOpensTheChosenFile(FxRobot robot) throws Exception {
        robot.clickOn("#menuBar .menu").clickOn(MainMenu.OPEN_SCENE_TEXT);

        assertThat(chooserQuestions).hasValue(1);
        WaitForAsyncUtils.waitFor(NO_HANG_SECONDS, TimeUnit.SECONDS, () -> stage.getTitle().contains("\u2014"));
        WaitForAsyncUtils.waitForFxEvents(); // the title changes first; the rest of the opening follows on the FX thread
        assertThat(stage.getTitle()).isEqualTo("Brigade \u2014 " + CHOSEN_SCENE.getFileName());
        assertThat(window.lookup(robot, "#statusBar").queryAs(StatusBar.class).getText())
                .contains(CHOSEN_SCENE.toString());
        Node timeline = window.lookup(robot, "#timelineBar").query();
        assertThat(timeline.isDisabled()).isFalse();
    }

    @Test
    void quitShortcutAsksTheApplicationToQuit(FxRobot robot) {
        robot.clickOn("#previewArea").push(KeyCode.SHORTCUT, KeyCode.Q);

        assertThat(quitRequests).hasValue(1);
    }
}
