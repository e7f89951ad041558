package io.brigade.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private static final Path CHOSEN_SCENE = Path.of("scenes", "teapot.scene.json");

    private final AtomicInteger quitRequests = new AtomicInteger();
    private final AtomicInteger chooserQuestions = new AtomicInteger();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        SceneFileChooser chooser = owner -> {
            chooserQuestions.incrementAndGet();
            return Optional.of(CHOSEN_SCENE);
        };
        new MainWindow(new MainViewModel(), chooser, quitRequests::incrementAndGet).showIn(stage);
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
    void fileMenuOffersOpenAndQuitWithShortcuts(FxRobot robot) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);

        assertThat(bar.getMenus()).extracting(Menu::getText).containsExactly("_File");
        List<MenuItem> items = bar.getMenus().get(0).getItems();
        assertThat(items).extracting(MenuItem::getText)
                .containsExactly(MainMenu.OPEN_SCENE_TEXT, MainMenu.QUIT_TEXT);
        assertThat(items).extracting(MenuItem::getAccelerator)
                .containsExactly(KeyCombination.keyCombination("Shortcut+O"),
                        KeyCombination.keyCombination("Shortcut+Q"));
        assertThat(items).allSatisfy(item -> assertThat(item.getGraphic()).isNotNull());
    }

    @Test
    void statusBarStartsReady(FxRobot robot) {
        StatusBar status = robot.lookup("#statusBar").queryAs(StatusBar.class);

        assertThat(status.isVisible()).isTrue();
        assertThat(status.getText()).isEqualTo(MainViewModel.READY_STATUS);
    }

    @Test
    void openSceneFromTheMenuShowsTheChosenFile(FxRobot robot) {
        robot.clickOn("#menuBar .menu").clickOn(MainMenu.OPEN_SCENE_TEXT);

        assertThat(chooserQuestions).hasValue(1);
        assertThat(robot.lookup("#statusBar").queryAs(StatusBar.class).getText())
                .contains(CHOSEN_SCENE.toAbsolutePath().toString());
    }

    @Test
    void quitShortcutAsksTheApplicationToQuit(FxRobot robot) {
        robot.clickOn("#previewArea").push(KeyCode.SHORTCUT, KeyCode.Q);

        assertThat(quitRequests).hasValue(1);
    }

    @Test
    void previewAreaShowsTheHintBeforeAnyFrame(FxRobot robot) {
        assertThat(robot.lookup("#previewPlaceholder").queryLabeled().isVisible()).isTrue();
    }
}
