package io.brigade.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.brigade.app.outliner.OutlinerItem;
import io.brigade.app.testing.SampleScenes;
import io.brigade.app.testing.WindowServices;
import io.brigade.engine.scene.Scene;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** The inspector by keyboard: Tab walks its fields in reading order, Enter commits a field, Escape takes it back. */
@ExtendWith(ApplicationExtension.class)
class InspectorKeyboardWindowTest {

    private static final long NO_HANG_SECONDS = 30;
    private static final int FLOOR = 0;

    private WindowServices services;
    private MainViewModel viewModel;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        services = new WindowServices();
        viewModel = services.viewModel();
        new MainWindow(viewModel, WindowServices.dialogsOpening(owner -> Optional.empty()), () -> { })
                .showIn(stage);
        viewModel.files().openScene(SampleScenes.TEAPOT_TURNTABLE);
    }

    @Stop
    void stop() throws InterruptedException {
        services.shutDown();
    }

    @Test
    void tabWalksAnObjectsFieldsInReadingOrder(FxRobot robot) throws Exception {
        select(robot, OutlinerItem.Kind.OBJECT, FLOOR);

        assertThat(tabOrderFrom(robot, "#inspectorName", 12)).containsExactly("inspectorName",
                "translationX", "translationY", "translationZ", "rotationX", "rotationY", "rotationZ",
                "scaleX", "scaleY", "scaleZ", "inspectorColor", "inspectorSpecular", "shininess");
    }

    @Test
    void tabWalksALightsFieldsInReadingOrder(FxRobot robot) throws Exception {
        select(robot, OutlinerItem.Kind.LIGHT, 2); // "rim", a point light: its range shows too

        assertThat(tabOrderFrom(robot, "#lightName", 6)).containsExactly("lightName",
                "lightVectorX", "lightVectorY", "lightVectorZ", "lightColor", "lightIntensity", "lightRange");
    }

    @Test
    void tabWalksTheCamerasFieldsInReadingOrder(FxRobot robot) throws Exception {
        select(robot, OutlinerItem.Kind.CAMERA, 0);

        assertThat(tabOrderFrom(robot, "#cameraPositionX", 8)).containsExactly("cameraPositionX",
                "cameraPositionY", "cameraPositionZ", "cameraTargetX", "cameraTargetY", "cameraTargetZ",
                "cameraFov", "cameraNear", "cameraFar");
    }

    @Test
    void enterCommitsAFieldAndEscapeTakesBackWhatWasTyped(FxRobot robot) throws Exception {
        select(robot, OutlinerItem.Kind.OBJECT, FLOOR);
        Scene before = viewModel.sceneProperty().get();
        String scaleY = robot.lookup("#scaleY").queryTextInputControl().getText();

        robot.doubleClickOn("#scaleY").push(KeyCode.SHORTCUT, KeyCode.A).write("7").push(KeyCode.ESCAPE);
        assertThat(robot.lookup("#scaleY").queryTextInputControl().getText()).isEqualTo(scaleY);
        robot.push(KeyCode.TAB);
        assertThat(viewModel.sceneProperty().get()).isSameAs(before);

        robot.doubleClickOn("#inspectorName").push(KeyCode.SHORTCUT, KeyCode.A).write("ground").push(KeyCode.ESCAPE);
        assertThat(robot.lookup("#inspectorName").queryTextInputControl().getText()).isEqualTo("floor");
        robot.push(KeyCode.TAB);
        assertThat(viewModel.sceneProperty().get()).isSameAs(before);

        robot.doubleClickOn("#translationX").push(KeyCode.SHORTCUT, KeyCode.A).write("2").push(KeyCode.ENTER);
        assertThat(viewModel.sceneProperty().get().objects().get(FLOOR).transform().valueAt(0).translation().x())
                .isEqualTo(2);
        assertThat(robot.lookup("#translationX").queryTextInputControl().isFocused()).isTrue();
    }

    @Test
    void enterAndEscapeWorkOnALightsName(FxRobot robot) throws Exception {
        select(robot, OutlinerItem.Kind.LIGHT, 2);

        robot.doubleClickOn("#lightName").push(KeyCode.SHORTCUT, KeyCode.A).write("back").push(KeyCode.ESCAPE);
        assertThat(robot.lookup("#lightName").queryTextInputControl().getText()).isEqualTo("rim");

        robot.push(KeyCode.SHORTCUT, KeyCode.A).write("back rim").push(KeyCode.ENTER);
        assertThat(viewModel.sceneProperty().get().lights().get(2).name()).isEqualTo("back rim");
        assertThat(robot.lookup("#outliner").queryListView().getItems().stream()
                .map(item -> ((OutlinerItem) item).name())).contains("back rim");
    }

    private void select(FxRobot robot, OutlinerItem.Kind kind, int index) throws Exception {
        WaitForAsyncUtils.waitFor(NO_HANG_SECONDS, TimeUnit.SECONDS, () -> viewModel.sceneProperty().get() != null);
        robot.interact(() -> viewModel.outliner().select(viewModel.outliner().items().stream()
                .filter(item -> item.kind() == kind && item.index() == index).findFirst().orElseThrow()));
    }

    /** The ids of the focus owner, from {@code first} clicked and then after each of {@code tabs} Tab presses. */
    private List<String> tabOrderFrom(FxRobot robot, String first, int tabs) {
        robot.clickOn(first);
        List<String> order = new ArrayList<>();
        order.add(focusOwnerId());
        for (int i = 0; i < tabs; i++) {
            robot.push(KeyCode.TAB);
            order.add(focusOwnerId());
        }
        return order;
    }

    private String focusOwnerId() {
        WaitForAsyncUtils.waitForFxEvents();
        Node owner = stage.getScene().getFocusOwner();
        return owner == null ? null : owner.getId();
    }
}
