package io.brigade.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.brigade.app.testing.ImagePixels;
import io.brigade.app.testing.MainWindowFixture;
import io.brigade.app.testing.SampleScenes;
import io.brigade.app.testing.WindowServices;
import io.brigade.engine.math.Vec3;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** The outliner and the inspector beside the preview: selecting an object and editing it. */
@ExtendWith(ApplicationExtension.class)
class EditorPanelsWindowTest {

    private static final long NO_HANG_SECONDS = 60;

    private MainWindowFixture window;
    private MainViewModel viewModel;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = MainWindowFixture.show(stage, WindowServices.dialogsOpening(owner -> Optional.empty()))
                .opening(SampleScenes.TEAPOT_TURNTABLE);
        viewModel = window.viewModel();
    }

    @Stop
    void stop() throws Exception {
        window.shutDown();
    }

    @BeforeEach
    void waitForTheFirstFrame() throws Exception {
        WaitForAsyncUtils.waitFor(NO_HANG_SECONDS, TimeUnit.SECONDS, () -> preview() != null);
    }

    @Test
    void theInspectorWaitsForASelection(FxRobot robot) {
        assertThat(window.lookup(robot, "#outliner").queryAs(ListView.class).getItems()).hasSize(6);
        assertThat(window.lookup(robot, "#inspectorPlaceholder").query().isVisible()).isTrue();
        assertThat(window.lookup(robot, "#inspectorGrid").query().isVisible()).isFalse();
    }

    @Test
    void editingTheSelectedObjectsPositionMovesItInThePreview(FxRobot robot) throws Exception {
        robot.clickOn("teapot");
        assertThat(window.lookup(robot, "#inspectorName").queryAs(TextField.class).getText()).isEqualTo("teapot");
        Image before = preview();
        int[] pixelsBefore = ImagePixels.argb(before);

        robot.doubleClickOn("#translationX").eraseText(4).write("1.5").push(KeyCode.ENTER);

        assertThat(viewModel.inspector().translationProperty().get()).isEqualTo(new Vec3(1.5, 1.26, 0));
        assertThat(stage.getTitle()).contains("*");
        WaitForAsyncUtils.waitFor(NO_HANG_SECONDS, TimeUnit.SECONDS, () -> preview() != before);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ImagePixels.argb(preview())).isNotEqualTo(pixelsBefore);

        // The field still has focus and shows the value in use, so the keys undo and redo the scene edit.
        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        assertThat(window.lookup(robot, "#translationX").queryAs(TextField.class).getText()).isEqualTo("0");
        assertThat(stage.getTitle()).doesNotContain("*");
        robot.push(KeyCode.SHORTCUT, KeyCode.Y);
        assertThat(window.lookup(robot, "#translationX").queryAs(TextField.class).getText()).isEqualTo("1.5");
    }

    @Test
    void renamingInTheInspectorRenamesTheRow(FxRobot robot) {
        robot.clickOn("floor");

        robot.doubleClickOn("#inspectorName").eraseText(5).write("ground").push(KeyCode.ENTER);

        assertThat(window.lookup(robot, "#outliner").queryAs(ListView.class).getSelectionModel().getSelectedItem())
                .hasToString("OutlinerItem[kind=OBJECT, index=0, name=ground]");
    }

    @Test
    void deleteKeyInTheOutlinerDeletesTheObjectAndUndoBringsItBack(FxRobot robot) {
        robot.clickOn("floor").push(KeyCode.DELETE);

        assertThat(viewModel.sceneProperty().get().indexOfObject("floor")).isNegative();
        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        assertThat(viewModel.sceneProperty().get().indexOfObject("floor")).isZero();
    }

    @Test
    void theEditMenuAddsEachPrimitiveAndSelectsTheNewObject(FxRobot robot) {
        MenuBar bar = window.lookup(robot, "#menuBar").queryAs(MenuBar.class);
        Menu add = (Menu) bar.getMenus().get(1).getItems().stream()
                .filter(item -> "addMenu".equals(item.getId())).findFirst().orElseThrow();
        assertThat(add.getItems()).extracting(MenuItem::getText)
                .containsExactly("Cube", "Sphere", "Torus", "Plane", "Cylinder", "Teapot");

        robot.interact(() -> add.getItems().get(1).fire());

        assertThat(viewModel.outliner().selectedProperty().get().name()).isEqualTo("sphere");
        assertThat(window.lookup(robot, "#inspectorName").queryAs(TextField.class).getText()).isEqualTo("sphere");
    }

    private Image preview() {
        return ((ImageView) stage.getScene().lookup("#preview")).getImage();
    }
}
