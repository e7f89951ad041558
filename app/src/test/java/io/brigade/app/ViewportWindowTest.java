package io.brigade.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.brigade.app.chrome.ViewMenu;
import io.brigade.app.outliner.OutlinerViewModel;
import io.brigade.app.testing.ImagePixels;
import io.brigade.app.testing.MainWindowFixture;
import io.brigade.app.testing.SampleScenes;
import io.brigade.app.testing.WindowServices;
import io.brigade.engine.camera.Camera;
import io.brigade.engine.raster.FrameRenderer;
import io.brigade.engine.scene.Scene;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.image.Image;
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

/** The mouse in the viewport: a drag orbits the view and selects nothing, a click selects what it hits. */
@ExtendWith(ApplicationExtension.class)
class ViewportWindowTest {

    private static final long NO_HANG_SECONDS = 60;
    /** Below the picture's top edge, where the sample shows the sky beyond its floor. */
    private static final Point2D INTO_THE_SKY = new Point2D(0, 6);

    private MainWindowFixture window;
    private MainViewModel viewModel;
    private Scene opened;
    private int teapot;

    @Start
    void start(Stage stage) {
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
        opened = viewModel.sceneProperty().get();
        teapot = opened.indexOfObject("teapot");
    }

    @Test
    void draggingOrbitsTheViewWithoutSelectingOrEditingAndTheCornerButtonGoesBack(FxRobot robot) throws Exception {
        Camera sceneCamera = viewModel.viewport().viewCamera().orElseThrow();
        Image before = preview();

        robot.drag("#preview").moveBy(60, 0).moveBy(60, 20).drop(); // starts on the teapot

        Camera moved = viewModel.viewport().viewCamera().orElseThrow();
        assertThat(moved).isNotEqualTo(sceneCamera);
        assertThat(moved.target()).isEqualTo(sceneCamera.target());
        assertThat(viewModel.outliner().selectedProperty().get()).isNull();
        assertThat(viewModel.sceneProperty().get()).isSameAs(opened);
        assertThat(viewModel.document().dirtyProperty().get()).isFalse();
        WaitForAsyncUtils.waitFor(NO_HANG_SECONDS, TimeUnit.SECONDS, () -> preview() != before);

        Button back = window.lookup(robot, "#sceneCameraButton").queryButton();
        assertThat(back.isDisabled()).isFalse();
        robot.clickOn(back);
        assertThat(viewModel.viewport().viewCamera()).contains(sceneCamera);
        assertThat(back.isDisabled()).isTrue();
        assertThat(viewModel.outliner().selectedProperty().get()).isNull();
    }

    @Test
    void clickingAnObjectSelectsItAndClickingTheSkyClearsTheSelection(FxRobot robot) throws Exception {
        robot.clickOn("#preview");

        WaitForAsyncUtils.waitFor(NO_HANG_SECONDS, TimeUnit.SECONDS,
                () -> viewModel.outliner().selectedObjectProperty().get() == teapot);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.lookup(robot, "#outliner").queryAs(ListView.class).getSelectionModel().getSelectedItem())
                .isSameAs(viewModel.outliner().selectedProperty().get());
        WaitForAsyncUtils.waitFor(NO_HANG_SECONDS, TimeUnit.SECONDS, () -> Arrays.stream(ImagePixels.argb(preview()))
                .anyMatch(argb -> argb == FrameRenderer.HIGHLIGHT_ARGB)); // the teapot's outline

        robot.clickOn(robot.point("#preview").atPosition(Pos.TOP_CENTER).atOffset(INTO_THE_SKY));

        WaitForAsyncUtils.waitFor(NO_HANG_SECONDS, TimeUnit.SECONDS,
                () -> viewModel.outliner().selectedObjectProperty().get() == OutlinerViewModel.NO_OBJECT);
        assertThat(viewModel.outliner().selectedProperty().get()).isNull();
    }

    @Test
    void theViewMenuSetsTheSceneCameraFromTheViewAsOneUndoableEdit(FxRobot robot) {
        robot.drag("#preview").moveBy(-90, -30).drop();
        Camera view = viewModel.viewport().viewCamera().orElseThrow();

        robot.clickOn("#viewMenu").clickOn(ViewMenu.SET_CAMERA_FROM_VIEW_TEXT);

        assertThat(viewModel.sceneProperty().get().camera().valueAt(0)).isEqualTo(view);
        assertThat(viewModel.viewport().throughSceneCameraProperty().get()).isTrue();
        assertThat(viewModel.document().undoTextProperty().get()).isEqualTo("Undo Set camera from view");
        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        assertThat(viewModel.sceneProperty().get()).isSameAs(opened);
    }

    @Test
    void homeLooksThroughTheSceneCameraAgain(FxRobot robot) {
        Camera sceneCamera = viewModel.viewport().viewCamera().orElseThrow();
        robot.drag("#preview").moveBy(0, 80).drop();
        assertThat(viewModel.viewport().throughSceneCameraProperty().get()).isFalse();

        robot.push(KeyCode.HOME);

        assertThat(viewModel.viewport().throughSceneCameraProperty().get()).isTrue();
        assertThat(viewModel.viewport().viewCamera()).contains(sceneCamera);
    }

    private Image preview() {
        return viewModel.viewport().imageProperty().get();
    }
}
