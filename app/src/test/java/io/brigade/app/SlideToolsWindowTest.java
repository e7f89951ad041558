package io.brigade.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.brigade.app.testing.MainWindowFixture;
import io.brigade.app.testing.SampleScenes;
import io.brigade.app.testing.WindowServices;
import io.brigade.app.theme.JavaPrefsThemeStore;
import io.brigade.app.theme.Theme;
import io.brigade.app.theme.ThemeViewModel;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** View, Snapshot and Render > Measure Speedup... in the real window. */
@ExtendWith(ApplicationExtension.class)
class SlideToolsWindowTest {

    private static final long NO_HANG_SECONDS = 120;

    /** A node of this test's own, removed afterwards, so the user's real preferences are never touched. */
    private final Preferences node = Preferences.userRoot().node("io/brigade/test/" + UUID.randomUUID());
    private MainWindowFixture window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = MainWindowFixture.show(stage, viewModel -> new MainWindow(viewModel,
                WindowServices.dialogsOpening(owner -> Optional.empty()), () -> { },
                new ThemeViewModel(new JavaPrefsThemeStore(node)))).opening(SampleScenes.TEAPOT_TURNTABLE);
    }

    @BeforeEach
    void waitForTheScene() throws Exception {
        window.waitForTheScene(NO_HANG_SECONDS);
    }

    @Stop
    void stop() throws Exception {
        window.shutDown();
        node.removeNode();
    }

    @Test
    void theMenusOfferThemesSnapshotsTheExperimentAndExports(FxRobot robot) {
        assertThat(menus(robot)).extracting(Menu::getText).contains("_View", "S_napshot");
        assertThat(items(menu(robot, "renderMenu"))).extracting(MenuItem::getId)
                .contains("measureSpeedupItem", "exportRenderMenu");
        assertThat(items(menu(robot, "snapshotMenu"))).extracting(MenuItem::getText)
                .containsExactly("Window...", "Viewport...", "Timeline...", "Speedup Chart...", "Worker Timeline...",
                        "CPU Use...");
    }

    @Test
    void theLightThemeRestylesTheWindowAndIsKeptForTheNextRun(FxRobot robot) {
        assertThat(stage.getScene().getStylesheets()).singleElement().asString().endsWith("brigade.css");

        robot.interact(() -> item(robot, "viewMenu", "themeLight").fire());
        // A click on a check item toggles it in the menu's skin; fire() alone would only run its action.
        robot.interact(() -> ((CheckMenuItem) item(robot, "viewMenu", "presentationModeItem")).setSelected(true));

        assertThat(stage.getScene().getStylesheets()).extracting(url -> url.substring(url.lastIndexOf('/') + 1))
                .containsExactly("brigade.css", "brigade-light.css", "brigade-presentation.css");
        ThemeViewModel nextRun = new ThemeViewModel(new JavaPrefsThemeStore(node));
        assertThat(nextRun.themeProperty().get()).isEqualTo(Theme.LIGHT);
        assertThat(nextRun.presentationProperty().get()).isTrue();
    }

    @Test
    void measuringSpeedupFillsTheTableWithOneRowPerCountAndDrawsTheChart(FxRobot robot) throws Exception {
        robot.interact(() -> item(robot, "renderMenu", "measureSpeedupItem").fire());
        Window speedup = Window.getWindows().stream().filter(w -> w.getScene().lookup("#speedupWindow") != null)
                .findFirst().orElseThrow();
        robot.interact(() -> {
            ((TextField) speedup.getScene().lookup("#speedupCounts")).setText("2");
            ((TextField) speedup.getScene().lookup("#speedupFirstFrame")).setText("0");
            ((TextField) speedup.getScene().lookup("#speedupLastFrame")).setText("1");
            ((CheckBox) speedup.getScene().lookup("#speedupQuick")).setSelected(true);
            ((Button) speedup.getScene().lookup("#speedupRun")).fire();
        });

        TableView<?> table = (TableView<?>) speedup.getScene().lookup("#speedupTable");
        WaitForAsyncUtils.waitFor(NO_HANG_SECONDS, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        LineChart<Number, Number> chart = (LineChart<Number, Number>) speedup.getScene().lookup("#speedupChart");
        assertThat(chart.getData()).extracting(XYChart.Series::getName)
                .startsWith("Measured", "Ideal (up to the cores)").anyMatch(name -> name.startsWith("Amdahl fit"));
        assertThat(chart.getData().get(0).getData()).hasSize(2);
        assertThat(item(robot, "snapshotMenu", "snapshot-speedupChart")).isNotNull();
        robot.interact(speedup::hide);
    }

    private List<Menu> menus(FxRobot robot) {
        return window.lookup(robot, "#menuBar").queryAs(MenuBar.class).getMenus();
    }

    private Menu menu(FxRobot robot, String id) {
        return menus(robot).stream().filter(menu -> id.equals(menu.getId())).findFirst().orElseThrow();
    }

    private static List<MenuItem> items(Menu menu) {
        return menu.getItems().stream().filter(item -> item.getId() != null).toList();
    }

    private MenuItem item(FxRobot robot, String menuId, String itemId) {
        return items(menu(robot, menuId)).stream().filter(item -> itemId.equals(item.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no item " + itemId + " in " + menuId));
    }
}
