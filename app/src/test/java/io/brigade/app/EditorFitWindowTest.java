package io.brigade.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.brigade.app.dialogs.WindowDialogs;
import io.brigade.app.outliner.OutlinerItem;
import io.brigade.app.testing.CutShort;
import io.brigade.app.testing.SampleScenes;
import io.brigade.app.testing.WindowServices;
import io.brigade.app.theme.Theme;
import io.brigade.app.theme.ThemeStore;
import io.brigade.app.theme.ThemeViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * At the window's first size, in either theme and in presentation mode, nothing in the editor is cut short:
 * buttons, labels and figures show whole; only a long headline or the status message gives way. The teaching
 * parts (the execution-mode bar, the teaching panel, the responsiveness meter) are left to their own tests.
 */
@ExtendWith(ApplicationExtension.class)
class EditorFitWindowTest {

    private static final long NO_HANG_SECONDS = 120;
    private static final int TEAPOT = 1;

    @TempDir
    static Path renders;

    private WindowServices services;
    private MainViewModel viewModel;
    private ThemeViewModel theme;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        services = new WindowServices();
        viewModel = services.viewModel();
        theme = new ThemeViewModel(ThemeStore.inMemory());
        Path folder = Files.createDirectories(renders.resolve("a folder with a long name, as artists' folders are"));
        WindowDialogs asking = WindowServices.dialogsOpening(owner -> Optional.empty());
        WindowDialogs dialogs = new WindowDialogs(asking.openChooser(), asking.saveChooser(), asking.unsavedChanges(),
                (owner, suggested) -> Optional.of(folder), asking.stillChooser(), asking.renderRunning(),
                asking.objChooser());
        new MainWindow(viewModel, dialogs, () -> { }, theme).showIn(stage);
        viewModel.files().openScene(SampleScenes.TEAPOT_TURNTABLE);
    }

    @Stop
    void stop() throws InterruptedException {
        services.shutDown();
    }

    @Test
    void theInspectorShowsWholeFieldsForAnObjectTheCameraAndALight(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(NO_HANG_SECONDS, TimeUnit.SECONDS, () -> viewModel.sceneProperty().get() != null);
        List<String> cut = new ArrayList<>();
        for (OutlinerItem item : List.copyOf(viewModel.outliner().items())) {
            robot.interact(() -> viewModel.outliner().select(item));
            cut.addAll(cutShortInEveryLook(robot, item.name() + " selected"));
        }

        assertThat(cut).isEmpty();
    }

    @Test
    void theRenderPanelShowsItsFiguresAndButtonsWholeAndShortensTheFolder(FxRobot robot) throws Exception {
        selectTheTeapot(robot);
        robot.interact(() -> menuItem("renderAnimationItem").fire());
        WaitForAsyncUtils.waitFor(NO_HANG_SECONDS, TimeUnit.SECONDS,
                () -> !viewModel.render().thumbnails().isEmpty() || !viewModel.render().runningProperty().get());

        List<String> cut = new ArrayList<>(cutShortInEveryLook(robot, "rendering"));
        String headline = robot.lookup("#renderHeadline").queryLabeled().getText();
        robot.interact(() -> viewModel.render().cancel());
        WaitForAsyncUtils.waitFor(NO_HANG_SECONDS, TimeUnit.SECONDS, () -> !viewModel.render().runningProperty().get());
        cut.addAll(cutShortInEveryLook(robot, "render ended"));

        assertThat(cut).isEmpty();
        assertThat(headline).contains(renders.toString());
    }

    @Test
    void theStillPanelShowsItsButtonsWhole(FxRobot robot) throws Exception {
        selectTheTeapot(robot);
        robot.interact(() -> viewModel.renderStill());
        WaitForAsyncUtils.waitFor(NO_HANG_SECONDS, TimeUnit.SECONDS, () -> viewModel.still().stillProperty()
                .get() != null);

        assertThat(cutShortInEveryLook(robot, "still done")).isEmpty();
    }

    private void selectTheTeapot(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(NO_HANG_SECONDS, TimeUnit.SECONDS, () -> viewModel.sceneProperty().get() != null);
        robot.interact(() -> viewModel.outliner().selectObject(TEAPOT));
    }

    /** What is cut short in the dark and light themes, each at the usual type size and in presentation mode. */
    private List<String> cutShortInEveryLook(FxRobot robot, String state) {
        List<String> cut = new ArrayList<>();
        for (Theme look : Theme.values()) {
            for (boolean presentation : List.of(false, true)) {
                robot.interact(() -> {
                    theme.themeProperty().set(look);
                    theme.presentationProperty().set(presentation);
                    stage.getScene().getRoot().applyCss();
                    stage.getScene().getRoot().layout();
                });
                WaitForAsyncUtils.waitForFxEvents();
                String where = state + ", " + look + (presentation ? " presentation" : "") + ": ";
                robot.interact(() -> {
                    stage.getScene().getRoot().applyCss();
                    stage.getScene().getRoot().layout();
                    CutShort.under(stage.getScene().getRoot(), teachingParts(), mayGiveWay())
                            .forEach(line -> cut.add(where + line));
                });
            }
        }
        return cut;
    }

    private Set<Node> teachingParts() {
        SplitPane editorAndTeaching = (SplitPane) stage.getScene().lookup("#editorAndTeaching");
        StatusBar status = (StatusBar) stage.getScene().lookup("#statusBar");
        return Set.of(editorAndTeaching.getItems().get(1), stage.getScene().lookup("#executionMode"),
                status.getLeftItems().get(0));
    }

    /** A headline, the keys' title and the status message shorten so that the figures and buttons need not. */
    private Predicate<Node> mayGiveWay() {
        StatusBar status = (StatusBar) stage.getScene().lookup("#statusBar");
        return node -> node.getStyleClass().contains("render-headline") || "keysTitle".equals(node.getId())
                || node instanceof Label label && label.getParent() != null
                && status.getText().equals(label.getText()) && isUnder(label, status);
    }

    private static boolean isUnder(Node node, Node ancestor) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }

    private MenuItem menuItem(String id) {
        MenuBar bar = (MenuBar) stage.getScene().lookup("#menuBar");
        return bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> id.equals(item.getId())).findFirst().orElseThrow();
    }
}
