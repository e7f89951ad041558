package io.brigade.app.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import io.brigade.app.chrome.Problem;
import io.brigade.app.concurrent.ExecutorBackgroundTasks;
import io.brigade.app.edit.AnimatedPart;
import io.brigade.app.edit.DocumentViewModel;
import io.brigade.app.edit.InvalidEditException;
import io.brigade.app.edit.KeyframeEdits;
import io.brigade.app.edit.SceneSaver;
import io.brigade.app.outliner.OutlinerItem;
import io.brigade.app.testing.SampleScenes;
import io.brigade.engine.camera.Camera;
import io.brigade.engine.math.Vec3;
import io.brigade.engine.scene.Scene;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CameraInspectorViewModelTest {

    private static final OutlinerItem CAMERA = new OutlinerItem(OutlinerItem.Kind.CAMERA, 0, "Camera");
    private static final AnimatedPart.CameraPart CAMERA_PART = new AnimatedPart.CameraPart();

    private final Scene scene = SampleScenes.teapotTurntable();
    private final DocumentViewModel document = new DocumentViewModel(
            new ExecutorBackgroundTasks(Runnable::run, Runnable::run), SceneSaver.standard());
    private final SimpleIntegerProperty frame = new SimpleIntegerProperty();
    private final SimpleObjectProperty<OutlinerItem> selected = new SimpleObjectProperty<>();
    private final List<Problem> problems = new ArrayList<>();
    private final CameraInspectorViewModel camera =
            new CameraInspectorViewModel(document, frame, selected, problems::add);

    @BeforeEach
    void openTheSample() {
        document.open(Path.of("teapot.scene.json"), scene);
    }

    @Test
    void showsTheCameraOnlyWhileItIsSelected() {
        assertThat(camera.availableProperty().get()).isFalse();
        selected.set(new OutlinerItem(OutlinerItem.Kind.OBJECT, 0, "floor"));
        assertThat(camera.availableProperty().get()).isFalse();

        selected.set(CAMERA);

        assertThat(camera.availableProperty().get()).isTrue();
        assertThat(camera.nameProperty().get()).isEqualTo("Camera");
        assertThat(camera.positionProperty().get()).isEqualTo(new Vec3(0, 3.6, 8));
        assertThat(camera.targetProperty().get()).isEqualTo(new Vec3(0, 1.05, 0));
        assertThat(camera.fieldOfViewProperty().get()).isEqualTo(36);
        assertThat(camera.nearProperty().get()).isEqualTo(0.1);
        assertThat(camera.farProperty().get()).isEqualTo(100);
        assertThat(camera.animationTextProperty().get()).isEqualTo("Not animated: edits change it at every frame");
    }

    @Test
    void eachFieldIsOneUndoableEditAndUndoRestoresTheSceneExactly() {
        selected.set(CAMERA);

        camera.setPosition(Axis.X, 2);
        camera.setTarget(Axis.Y, 0.5);
        camera.setFieldOfView(50);
        camera.setNear(0.5);
        camera.setFar(40);

        Camera now = scene.camera().keys().get(0).value();
        assertThat(document.sceneProperty().get().camera().valueAt(0)).isEqualTo(new Camera(new Vec3(2, 3.6, 8),
                new Vec3(0, 0.5, 0), now.up(), 50, 0.5, 40));
        assertThat(document.undoTextProperty().get()).isEqualTo("Undo Clip Camera");
        for (int i = 0; i < 5; i++) {
            document.undo();
        }
        assertThat(document.sceneProperty().get()).isSameAs(scene);
        assertThat(camera.positionProperty().get()).isEqualTo(new Vec3(0, 3.6, 8));
    }

    @Test
    void anAnimatedCameraIsKeyedAtTheCurrentFrame() throws InvalidEditException {
        document.apply("Animate the camera", KeyframeEdits.withKeyAt(scene, CAMERA_PART, 48));
        selected.set(CAMERA);
        frame.set(48);
        assertThat(camera.animationTextProperty().get()).isEqualTo("Animated: edits set a key at frame 48");

        camera.setFieldOfView(20);

        Scene edited = document.sceneProperty().get();
        assertThat(KeyframeEdits.valueAt(edited, CAMERA_PART, 48).fovYDegrees()).isEqualTo(20);
        assertThat(KeyframeEdits.valueAt(edited, CAMERA_PART, 0).fovYDegrees()).isEqualTo(36);
        assertThat(KeyframeEdits.keyFrames(edited, CAMERA_PART)).containsExactly(0.0, 48.0);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "fov| 180| Field of view must be between 0 and 180 degrees, got 180.0",
            "fov| 0| Field of view must be between 0 and 180 degrees, got 0.0",
            "near| 0| Near must be more than 0 and less than Far (100.0), got 0.0",
            "near| 200| Near must be more than 0 and less than Far (100.0), got 200.0",
            "far| 0.05| Far must be a finite number more than Near (0.1), got 0.05",
            "far| Infinity| Far must be a finite number more than Near (0.1), got Infinity",
            "x| NaN| Position X must be a finite number, got NaN",
            "target| 3.6| Look at must differ from Position: a camera cannot look at itself"})
    void anInvalidValueIsRefusedNamingTheField(String field, double value, String message) {
        selected.set(CAMERA);

        switch (field) {
            case "fov" -> camera.setFieldOfView(value);
            case "near" -> camera.setNear(value);
            case "far" -> camera.setFar(value);
            case "x" -> camera.setPosition(Axis.X, value);
            default -> {
                camera.setTarget(Axis.Z, 8);
                camera.setTarget(Axis.Y, value);
            }
        }

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.summary()).startsWith("Could not ").endsWith(" Camera");
            assertThat(problem.detail()).isEqualTo(message);
        });
        assertThat(camera.fieldOfViewProperty().get()).isEqualTo(36);
    }
}
