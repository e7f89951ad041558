package io.brigade.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import io.brigade.app.testing.MainWindowFixture;
import io.brigade.app.testing.SampleScenes;
import io.brigade.app.testing.WindowServices;
import io.brigade.engine.animation.Interpolation;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
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

/** Keys on the timeline, the Animation menu's shortcuts, the toolbar and the camera and light inspectors. */
@ExtendWith(ApplicationExtension.class)
class AnimationWindowTest {

    private static final long NO_HANG_SECONDS = 60;
    /** How far a diamond's centre may stand from the slider thumb's centre on the same frame, in pixels. */
    private static final double MARKER_ALIGNMENT = 1.5;
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private static final List<String> TOOLBAR_BUTTONS = List.of("openSceneButton", "saveButton", "undoButton",
            "redoButton", "renderAnimationButton", "renderStillButton", "cancelRenderButton", "addKeyButton",
            "deleteKeyButton");

    private MainWindowFixture window;
    private MainViewModel viewModel;

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
    void waitForTheScene() throws Exception {
        window.waitForTheScene(NO_HANG_SECONDS);
    }

    @Test
    void theSelectionsKeysAreDrawnOnTheSliderTheCurrentOneOverTheThumb(FxRobot robot) {
        assertThat(markers(robot)).isEmpty();

        robot.clickOn("teapot");
        robot.interact(() -> viewModel.timeline().setFrame(24));

        // Keys at frames 0, 24, 48 and 72 lie in the range 0-95; the one at 96 lies beyond it.
        List<Node> markers = markers(robot);
        assertThat(markers).hasSize(4);
        assertThat(markers).filteredOn(marker -> marker.getPseudoClassStates().contains(CURRENT)).hasSize(1);
        Node current = markers.stream().filter(marker -> marker.getPseudoClassStates().contains(CURRENT))
                .findFirst().orElseThrow();
        Node thumb = window.lookup(robot, "#frameSlider .thumb").query();
        assertThat(centerX(current)).isCloseTo(centerX(thumb), offset(MARKER_ALIGNMENT));
        List<Double> xs = markers.stream().map(AnimationWindowTest::centerX).sorted().toList();
        double spacing = xs.get(1) - xs.get(0);
        assertThat(spacing).isPositive();
        assertThat(xs.get(3) - xs.get(2)).isCloseTo(spacing, offset(MARKER_ALIGNMENT));

        robot.clickOn("floor");

        assertThat(markers(robot)).hasSize(1);
    }

    @Test
    void kAddsAKeyAtTheCurrentFrameAndShiftKDeletesIt(FxRobot robot) {
        robot.clickOn("teapot");
        robot.interact(() -> viewModel.timeline().setFrame(12));

        robot.clickOn("#previewArea").push(KeyCode.K);

        assertThat(markers(robot)).hasSize(5);
        assertThat(viewModel.document().undoTextProperty().get()).isEqualTo("Undo Add key to teapot at frame 12");

        robot.push(KeyCode.SHIFT, KeyCode.K);

        assertThat(markers(robot)).hasSize(4);
        assertThat(viewModel.document().undoTextProperty().get()).isEqualTo("Undo Delete key of teapot at frame 12");
    }

    @Test
    void typingKInAFieldTypesItAndAddsNoKey(FxRobot robot) {
        robot.clickOn("teapot");
        robot.interact(() -> viewModel.timeline().setFrame(12));

        robot.clickOn("#inspectorName").push(KeyCode.END).type(KeyCode.K);

        assertThat(window.lookup(robot, "#inspectorName").queryTextInputControl().getText()).isEqualTo("teapotk");
        assertThat(markers(robot)).hasSize(4);
        assertThat(viewModel.document().canUndoProperty().get()).isFalse();
    }

    @Test
    void bracketsJumpFromKeyToKey(FxRobot robot) {
        robot.clickOn("teapot");
        robot.interact(() -> viewModel.timeline().setFrame(30));

        robot.clickOn("#previewArea").push(KeyCode.CLOSE_BRACKET);
        assertThat(viewModel.timeline().frameProperty().get()).isEqualTo(48);
        robot.push(KeyCode.OPEN_BRACKET);
        assertThat(viewModel.timeline().frameProperty().get()).isEqualTo(24);
        robot.push(KeyCode.ALT, KeyCode.LEFT);
        assertThat(viewModel.timeline().frameProperty().get()).isZero();
    }

    @Test
    void draggingADiamondMovesItsKeyAndTheTimelineWithIt(FxRobot robot) {
        robot.clickOn("teapot");
        List<Node> markers = markers(robot);
        double pixelsPerFrame = (centerX(markers.get(1)) - centerX(markers.get(0))) / 24;

        robot.drag(markers.get(1)).moveBy(12 * pixelsPerFrame, 0).drop();

        int frame = viewModel.timeline().frameProperty().get();
        assertThat(frame).isBetween(35, 37); // the robot moves by whole pixels
        assertThat(viewModel.document().undoTextProperty().get())
                .isEqualTo("Undo Move key of teapot from frame 24 to " + frame);
        assertThat(markers(robot)).hasSize(4)
                .filteredOn(marker -> marker.getPseudoClassStates().contains(CURRENT)).hasSize(1);
    }

    @Test
    void theInterpolationBoxSetsTheKeyAtTheCurrentFrame(FxRobot robot) {
        robot.clickOn("teapot");
        robot.interact(() -> viewModel.timeline().setFrame(24));
        ComboBox<?> box = window.lookup(robot, "#interpolationBox").queryAs(ComboBox.class);
        assertThat(window.lookup(robot, "#interpolationScope").queryLabeled().getText()).isEqualTo("Key");
        assertThat(box.getValue()).isEqualTo(Interpolation.LINEAR);

        robot.clickOn(box).clickOn("Smooth");

        assertThat(viewModel.document().undoTextProperty().get())
                .isEqualTo("Undo Set key of teapot at frame 24 to Smooth");
        assertThat(box.getValue()).isEqualTo(Interpolation.SMOOTH);
        robot.interact(() -> viewModel.timeline().setFrame(30));
        assertThat(window.lookup(robot, "#interpolationScope").queryLabeled().getText()).isEqualTo("All keys");
        assertThat(box.getValue()).isNull(); // the keys now ease in two ways
        assertThat(box.getButtonCell().getText()).isEqualTo("Mixed");
        robot.clickOn("Camera");
        assertThat(box.getButtonCell().getText()).isEqualTo("Linear");
    }

    @Test
    void theAnimationMenuShowsItsShortcutsAndWhatItsInterpolationSets(FxRobot robot) {
        Menu animation = window.lookup(robot, "#menuBar").queryAs(MenuBar.class).getMenus().stream()
                .filter(menu -> "animationMenu".equals(menu.getId())).findFirst().orElseThrow();
        assertThat(animation.getItems()).filteredOn(item -> item.getAccelerator() != null)
                .extracting(item -> item.getAccelerator().getDisplayText()).containsExactly("K", "Shift+K", "[", "]");
        Menu interpolation = (Menu) animation.getItems().get(animation.getItems().size() - 1);
        assertThat(interpolation.isDisable()).isTrue();

        robot.clickOn("teapot");
        robot.interact(() -> viewModel.timeline().setFrame(24));

        assertThat(interpolation.getText()).isEqualTo("Interpolation (Key)");
        assertThat(interpolation.getItems()).filteredOn(item -> ((RadioMenuItem) item).isSelected())
                .extracting(MenuItem::getText).containsExactly("Linear");
        robot.interact(() -> interpolation.getItems().get(0).fire());
        assertThat(viewModel.document().undoTextProperty().get())
                .isEqualTo("Undo Set key of teapot at frame 24 to Step");
        assertThat(interpolation.getItems()).filteredOn(item -> ((RadioMenuItem) item).isSelected())
                .extracting(MenuItem::getText).containsExactly("Step");
    }

    @Test
    void eachToolbarButtonIsEnabledExactlyWhenItsMenuItemIs(FxRobot robot) {
        assertButtonsFollowTheirItems(robot);
        assertThat(button(robot, "undoButton").isDisabled()).isTrue();
        assertThat(button(robot, "cancelRenderButton").isDisabled()).isTrue();
        assertThat(button(robot, "addKeyButton").isDisabled()).isTrue();
        assertThat(button(robot, "openSceneButton").isDisabled()).isFalse();

        robot.clickOn("teapot");
        robot.interact(() -> viewModel.timeline().setFrame(24));
        assertButtonsFollowTheirItems(robot);
        assertThat(button(robot, "addKeyButton").isDisabled()).isTrue();
        assertThat(button(robot, "deleteKeyButton").isDisabled()).isFalse();

        robot.interact(() -> viewModel.timeline().setFrame(30));
        robot.clickOn("#addKeyButton");

        assertThat(markers(robot)).hasSize(5);
        assertButtonsFollowTheirItems(robot);
        assertThat(button(robot, "undoButton").isDisabled()).isFalse();
        assertThat(button(robot, "addKeyButton").isDisabled()).isTrue();
        assertThat(button(robot, "undoButton").getTooltip().getText())
                .startsWith("Undo Add key to teapot at frame 30 (");

        robot.clickOn("#undoButton");

        assertThat(markers(robot)).hasSize(4);
        assertButtonsFollowTheirItems(robot);
    }

    @Test
    void selectingTheCameraOrALightShowsItsFields(FxRobot robot) {
        robot.clickOn("Camera");

        assertThat(window.lookup(robot, "#cameraGrid").query().isVisible()).isTrue();
        assertThat(window.lookup(robot, "#inspectorGrid").query().isVisible()).isFalse();
        assertThat(window.lookup(robot, "#inspectorHeading").queryLabeled().getText()).isEqualTo("Camera");
        assertThat(window.lookup(robot, "#cameraFov").queryTextInputControl().getText()).isEqualTo("36");

        robot.clickOn("cool fill");

        assertThat(window.lookup(robot, "#lightGrid").query().isVisible()).isTrue();
        assertThat(window.lookup(robot, "#lightRange").query().isVisible()).isFalse();
        assertThat(window.lookup(robot, "#inspectorHeading").queryLabeled().getText()).isEqualTo("Light");
    }

    private void assertButtonsFollowTheirItems(FxRobot robot) {
        MenuBar bar = window.lookup(robot, "#menuBar").queryAs(MenuBar.class);
        for (String id : TOOLBAR_BUTTONS) {
            String itemId = id.replaceFirst("Button$", "Item");
            MenuItem item = bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                    .filter(candidate -> itemId.equals(candidate.getId())).findFirst().orElseThrow();
            assertThat(button(robot, id).isDisabled()).as(id).isEqualTo(item.isDisable());
        }
    }

    private Button button(FxRobot robot, String id) {
        return window.lookup(robot, "#" + id).queryButton();
    }

    private List<Node> markers(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return window.lookup(robot, "#keyMarkers .key-marker").queryAll().stream()
                .sorted(Comparator.comparingDouble(AnimationWindowTest::centerX)).toList();
    }

    private static double centerX(Node node) {
        Bounds bounds = node.localToScene(node.getLayoutBounds());
        return bounds.getCenterX();
    }
}
