package io.brigade.app.inspector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.brigade.app.chrome.Problem;
import io.brigade.app.concurrent.ExecutorBackgroundTasks;
import io.brigade.app.edit.AnimatedPart;
import io.brigade.app.edit.DocumentViewModel;
import io.brigade.app.edit.InvalidEditException;
import io.brigade.app.edit.KeyframeEdits;
import io.brigade.app.edit.SceneSaver;
import io.brigade.app.outliner.OutlinerItem;
import io.brigade.app.testing.SampleScenes;
import io.brigade.engine.math.Color;
import io.brigade.engine.math.Vec3;
import io.brigade.engine.scene.Scene;
import io.brigade.engine.shading.DirectionalLight;
import io.brigade.engine.shading.PointLight;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LightInspectorViewModelTest {

    /** A direction normalised twice may be off by the last bit. */
    private static final double UNIT_ROUNDING = 1e-15;

    // The sample's lights: "warm key" and "cool fill" are directional, "rim" is a point light.
    private static final OutlinerItem WARM_KEY = new OutlinerItem(OutlinerItem.Kind.LIGHT, 0, "warm key");
    private static final OutlinerItem RIM = new OutlinerItem(OutlinerItem.Kind.LIGHT, 2, "rim");

    private final Scene scene = SampleScenes.teapotTurntable();
    private final DocumentViewModel document = new DocumentViewModel(
            new ExecutorBackgroundTasks(Runnable::run, Runnable::run), SceneSaver.standard());
    private final SimpleIntegerProperty frame = new SimpleIntegerProperty();
    private final SimpleObjectProperty<OutlinerItem> selected = new SimpleObjectProperty<>();
    private final List<Problem> problems = new ArrayList<>();
    private final LightInspectorViewModel light = new LightInspectorViewModel(document, frame, selected, problems::add);

    @BeforeEach
    void openTheSample() {
        document.open(Path.of("teapot.scene.json"), scene);
    }

    @Test
    void aPointLightShowsItsPositionAndRange() {
        selected.set(RIM);

        assertThat(light.availableProperty().get()).isTrue();
        assertThat(light.nameProperty().get()).isEqualTo("rim");
        assertThat(light.pointProperty().get()).isTrue();
        assertThat(light.kindTextProperty().get()).isEqualTo("Point light");
        assertThat(light.vectorNameProperty().get()).isEqualTo(LightInspectorViewModel.POSITION);
        assertThat(light.vectorProperty().get()).isEqualTo(new Vec3(0, 4, -5));
        assertThat(light.colorProperty().get()).isEqualTo(Color.fromHex("#ffffff"));
        assertThat(light.intensityProperty().get()).isEqualTo(0.6);
        assertThat(light.rangeProperty().get()).isEqualTo(8);
    }

    @Test
    void aDirectionalLightShowsItsDirection() {
        selected.set(WARM_KEY);

        assertThat(light.pointProperty().get()).isFalse();
        assertThat(light.kindTextProperty().get()).isEqualTo("Directional light");
        assertThat(light.vectorNameProperty().get()).isEqualTo(LightInspectorViewModel.DIRECTION);
        assertThat(light.vectorProperty().get()).isEqualTo(new Vec3(-1, -1.2, -0.8).normalize());
    }

    @Test
    void editsArePerFieldAndUndoRestoresTheSceneExactly() {
        selected.set(RIM);

        light.setVector(Axis.Y, 6);
        light.setColor(new Color(1, 0.5, 0));
        light.setIntensity(2);
        light.setRange(3);

        assertThat(document.sceneProperty().get().lights().get(2).light().valueAt(0))
                .isEqualTo(new PointLight(new Vec3(0, 6, -5), new Color(1, 0.5, 0), 2, 3));
        assertThat(document.undoTextProperty().get()).isEqualTo("Undo Change the range of rim");
        for (int i = 0; i < 4; i++) {
            document.undo();
        }
        assertThat(document.sceneProperty().get()).isSameAs(scene);
        assertThat(light.rangeProperty().get()).isEqualTo(8);
    }

    @Test
    void aDirectionalLightTurns() {
        selected.set(WARM_KEY);

        light.setVector(Axis.X, 0);
        light.setVector(Axis.Z, 0);

        DirectionalLight turned = (DirectionalLight) document.sceneProperty().get().lights().get(0).light().valueAt(0);
        assertThat(turned.direction().x()).isZero();
        assertThat(turned.direction().y()).isCloseTo(-1, within(UNIT_ROUNDING));
        assertThat(turned.direction().z()).isZero();
        assertThat(turned.color()).isEqualTo(Color.fromHex("#ffe2b8"));
        assertThat(document.undoTextProperty().get()).isEqualTo("Undo Aim warm key");
    }

    @Test
    void anAnimatedLightIsKeyedAtTheCurrentFrame() throws InvalidEditException {
        AnimatedPart.LightPart rim = new AnimatedPart.LightPart(2);
        document.apply("Animate rim", KeyframeEdits.withKeyAt(scene, rim, 24));
        selected.set(RIM);
        frame.set(24);

        light.setIntensity(1.5);

        Scene edited = document.sceneProperty().get();
        assertThat(KeyframeEdits.valueAt(edited, rim, 24).intensity()).isEqualTo(1.5);
        assertThat(KeyframeEdits.valueAt(edited, rim, 0).intensity()).isEqualTo(0.6);
    }

    @Test
    void invalidValuesAreRefusedNamingTheField() {
        selected.set(WARM_KEY);
        Vec3 direction = light.vectorProperty().get();
        light.setVector(Axis.X, 0);
        light.setVector(Axis.Y, 0);
        light.setVector(Axis.Z, 0);
        light.setIntensity(-1);
        light.setRange(4);
        selected.set(RIM);
        light.setRange(0);
        light.setVector(Axis.X, Double.NaN);

        assertThat(problems).extracting(Problem::detail).containsExactly(
                "Direction must not be the zero vector",
                "Intensity must be a finite number of 0 or more, got -1.0",
                "a directional light has no Range",
                "Range must be a finite number more than 0, got 0.0",
                "Position X must be a finite number, got NaN");
        assertThat(problems.get(0).summary()).isEqualTo("Could not aim warm key");
        assertThat(document.undoTextProperty().get()).isEqualTo("Undo Aim warm key");
        assertThat(light.rangeProperty().get()).isEqualTo(8);
        assertThat(direction).isNotNull();
    }

    @Test
    void renamingIsOneUndoableEditThatKeepsTheLight() {
        selected.set(RIM);

        light.rename("  back rim ");

        Scene renamed = document.sceneProperty().get();
        assertThat(renamed.lights().get(2).name()).isEqualTo("back rim");
        assertThat(renamed.lights().get(2).light()).isEqualTo(scene.lights().get(2).light());
        assertThat(light.nameProperty().get()).isEqualTo("back rim");
        assertThat(document.undoTextProperty().get()).isEqualTo("Undo Rename rim");
        document.undo();
        assertThat(document.sceneProperty().get()).isSameAs(scene);
        assertThat(light.nameProperty().get()).isEqualTo("rim");
    }

    @Test
    void aBlankOrTakenNameIsRefusedNamingTheField() {
        selected.set(RIM);

        light.rename(" ");
        light.rename("warm key");
        light.rename("rim");

        assertThat(problems).extracting(Problem::summary).containsOnly("Could not rename rim");
        assertThat(problems).extracting(Problem::detail).containsExactly(
                "Name must not be blank: a light needs a name",
                "Name must differ from the other lights': another light is already called \"warm key\"");
        assertThat(document.sceneProperty().get()).isSameAs(scene);
        assertThat(document.canUndoProperty().get()).isFalse();
        assertThat(light.nameProperty().get()).isEqualTo("rim");
    }

    @Test
    void theNoteOnAnAnimatedLightSaysItsNameIsNotKeyed() throws InvalidEditException {
        selected.set(RIM);
        assertThat(light.animationTextProperty().get()).isEqualTo("Not animated: edits change it at every frame");

        document.apply("Animate rim", KeyframeEdits.withKeyAt(scene, new AnimatedPart.LightPart(2), 24));
        frame.set(24);

        assertThat(light.animationTextProperty().get())
                .isEqualTo("Animated: edits set a key at frame 24; a new name applies to all frames");
    }
}
