package io.brigade.app.inspector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.brigade.app.chrome.Problem;
import io.brigade.app.concurrent.ExecutorBackgroundTasks;
import io.brigade.app.edit.DocumentViewModel;
import io.brigade.app.edit.ObjectEdits;
import io.brigade.app.edit.SceneSaver;
import io.brigade.app.testing.SampleScenes;
import io.brigade.engine.math.Color;
import io.brigade.engine.math.Vec3;
import io.brigade.engine.scene.Scene;
import io.brigade.engine.scene.Transform;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleIntegerProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InspectorViewModelTest {

    private static final double ANGLE_TOLERANCE = 1e-9;

    private final Scene scene = SampleScenes.teapotTurntable();
    private final int floor = scene.indexOfObject("floor");
    private final int teapot = scene.indexOfObject("teapot");
    private final DocumentViewModel document = new DocumentViewModel(
            new ExecutorBackgroundTasks(Runnable::run, Runnable::run), SceneSaver.standard());
    private final SimpleIntegerProperty frame = new SimpleIntegerProperty();
    private final SimpleIntegerProperty selected = new SimpleIntegerProperty(-1);
    private final List<Problem> problems = new ArrayList<>();
    private final InspectorViewModel inspector = new InspectorViewModel(document, frame, selected, problems::add);

    @BeforeEach
    void openTheSample() {
        document.open(Path.of("teapot.scene.json"), scene);
    }

    @Test
    void showsNothingUntilAnObjectIsSelected() {
        assertThat(inspector.availableProperty().get()).isFalse();

        selected.set(teapot);

        assertThat(inspector.availableProperty().get()).isTrue();
        assertThat(inspector.nameProperty().get()).isEqualTo("teapot");
        assertThat(inspector.translationProperty().get()).isEqualTo(new Vec3(0, 1.26, 0));
        assertThat(inspector.scaleProperty().get()).isEqualTo(new Vec3(1.6, 1.6, 1.6));
        assertThat(inspector.diffuseProperty().get()).isEqualTo(Color.fromHex("#b8452c"));
        assertThat(inspector.animationTextProperty().get())
                .isEqualTo("Animated: placement edits set a key at frame 0; name and material apply to all frames");
    }

    @Test
    void theNoteOnAStillObjectSaysEditsChangeItAtEveryFrame() {
        selected.set(floor);

        assertThat(inspector.animationTextProperty().get()).isEqualTo("Not animated: edits change it at every frame");
    }

    @Test
    void followsTheFrame() {
        selected.set(teapot);

        frame.set(12); // half a second: 45 degrees into the turn

        assertThat(inspector.rotationProperty().get().y()).isCloseTo(45, within(ANGLE_TOLERANCE));
    }

    @Test
    void movingAStillObjectMovesItAtEveryFrameAsOneUndoableEdit() {
        selected.set(floor);
        frame.set(30);

        inspector.setTranslation(Axis.Y, -0.5);

        Scene moved = document.sceneProperty().get();
        assertThat(ObjectEdits.transformAt(moved, floor, 0).translation()).isEqualTo(new Vec3(0, -0.5, 0));
        assertThat(inspector.translationProperty().get()).isEqualTo(new Vec3(0, -0.5, 0));
        assertThat(document.undoTextProperty().get()).isEqualTo("Undo Move floor");
        document.undo();
        assertThat(inspector.translationProperty().get()).isEqualTo(Vec3.ZERO);
    }

    @Test
    void rotatingAnAnimatedObjectKeysTheCurrentFrameAndShowsTheAnglesTyped() {
        selected.set(teapot);
        frame.set(36); // 1.5 s, between the keys at 1 s and 2 s
        assertThat(inspector.rotationProperty().get().y()).isCloseTo(135, within(ANGLE_TOLERANCE));

        inspector.setRotation(Axis.Y, 120);

        Transform keyed = ObjectEdits.transformAt(document.sceneProperty().get(), teapot, 1.5);
        assertThat(InspectorViewModel.readableAngles(keyed.rotation()).y()).isCloseTo(120, within(ANGLE_TOLERANCE));
        assertThat(inspector.rotationProperty().get()).isEqualTo(new Vec3(0, 120, 0));
        assertThat(document.sceneProperty().get().objects().get(teapot).transform().keys())
                .hasSize(scene.objects().get(teapot).transform().keys().size() + 1);
    }

    @Test
    void scalingAndRecolouringAreEditsAndTheSameValueIsNone() {
        selected.set(floor);

        inspector.setScale(Axis.X, 1);
        inspector.setDiffuse(inspector.diffuseProperty().get());
        assertThat(document.canUndoProperty().get()).isFalse();

        inspector.setScale(Axis.X, 3);
        inspector.setDiffuse(new Color(0, 0, 1));
        assertThat(inspector.scaleProperty().get()).isEqualTo(new Vec3(3, 1, 1));
        assertThat(inspector.diffuseProperty().get()).isEqualTo(new Color(0, 0, 1));
        assertThat(document.undoTextProperty().get()).isEqualTo("Undo Recolour floor");
    }

    @Test
    void renamesAndReportsATakenName() {
        selected.set(floor);

        inspector.rename("teapot");
        assertThat(problems).singleElement().extracting(Problem::detail)
                .isEqualTo("another object is already called \"teapot\"");
        assertThat(inspector.nameProperty().get()).isEqualTo("floor");

        inspector.rename("ground");
        assertThat(inspector.nameProperty().get()).isEqualTo("ground");
        assertThat(document.undoTextProperty().get()).isEqualTo("Undo Rename floor");
    }

    @Test
    void readsAnglesWithTheLeastTurnAboutXAndZ() {
        Vec3 angles = InspectorViewModel.readableAngles(io.brigade.engine.math.Quat.fromEulerDegrees(0, 135, 0));

        assertThat(angles.x()).isCloseTo(0, within(ANGLE_TOLERANCE));
        assertThat(angles.y()).isCloseTo(135, within(ANGLE_TOLERANCE));
        assertThat(angles.z()).isCloseTo(0, within(ANGLE_TOLERANCE));
    }

    @Test
    void refusesANumberThatIsNotFinite() {
        selected.set(floor);

        inspector.setScale(Axis.Y, Double.POSITIVE_INFINITY);

        assertThat(problems).singleElement().extracting(Problem::summary).isEqualTo("Could not scale floor");
        assertThat(document.canUndoProperty().get()).isFalse();
    }

    @Test
    void editsTheMaterialsHighlightsAndUndoRestoresThemExactly() {
        selected.set(teapot);
        assertThat(inspector.specularProperty().get()).isEqualTo(Color.fromHex("#ffffff"));
        assertThat(inspector.shininessProperty().get()).isEqualTo(64);

        inspector.setSpecular(new Color(0.5, 0.5, 0.5));
        inspector.setShininess(12);

        assertThat(scene.objects().get(teapot).materialOverride().diffuse())
                .isEqualTo(document.sceneProperty().get().objects().get(teapot).materialOverride().diffuse());
        assertThat(document.sceneProperty().get().objects().get(teapot).materialOverride().specular())
                .isEqualTo(new Color(0.5, 0.5, 0.5));
        assertThat(inspector.shininessProperty().get()).isEqualTo(12);
        assertThat(document.undoTextProperty().get()).isEqualTo("Undo Change the shininess of teapot");

        document.undo();
        document.undo();

        assertThat(document.sceneProperty().get()).isSameAs(scene);
        assertThat(inspector.shininessProperty().get()).isEqualTo(64);
    }

    @Test
    void refusesANegativeShininessNamingTheField() {
        selected.set(teapot);

        inspector.setShininess(-2);

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.summary()).isEqualTo("Could not change the shininess of teapot");
            assertThat(problem.detail()).isEqualTo("Shininess must be a finite number of 0 or more, got -2.0");
        });
        assertThat(document.canUndoProperty().get()).isFalse();
    }

    @Test
    void aNumberThatIsNotFiniteNamesItsField() {
        selected.set(floor);

        inspector.setTranslation(Axis.Z, Double.NaN);

        assertThat(problems).singleElement().extracting(Problem::detail)
                .isEqualTo("Position Z must be a finite number, got NaN");
    }
}
