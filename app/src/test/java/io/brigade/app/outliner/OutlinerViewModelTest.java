package io.brigade.app.outliner;

import static org.assertj.core.api.Assertions.assertThat;

import io.brigade.app.chrome.Problem;
import io.brigade.app.concurrent.ExecutorBackgroundTasks;
import io.brigade.app.edit.DocumentViewModel;
import io.brigade.app.edit.SceneSaver;
import io.brigade.app.testing.SampleScenes;
import io.brigade.engine.geometry.primitive.PrimitiveKind;
import io.brigade.engine.scene.Scene;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutlinerViewModelTest {

    private final Scene scene = SampleScenes.teapotTurntable();
    private final DocumentViewModel document = new DocumentViewModel(
            new ExecutorBackgroundTasks(Runnable::run, Runnable::run), SceneSaver.standard());
    private final List<Problem> problems = new ArrayList<>();
    private final OutlinerViewModel outliner = new OutlinerViewModel(document, problems::add);

    @Test
    void listsTheCameraThenTheLightsThenTheObjects() {
        document.open(Path.of("teapot.scene.json"), scene);

        assertThat(outliner.items()).extracting(OutlinerItem::kind, OutlinerItem::name).containsExactly(
                org.assertj.core.groups.Tuple.tuple(OutlinerItem.Kind.CAMERA, "Camera"),
                org.assertj.core.groups.Tuple.tuple(OutlinerItem.Kind.LIGHT, "warm key"),
                org.assertj.core.groups.Tuple.tuple(OutlinerItem.Kind.LIGHT, "cool fill"),
                org.assertj.core.groups.Tuple.tuple(OutlinerItem.Kind.LIGHT, "rim"),
                org.assertj.core.groups.Tuple.tuple(OutlinerItem.Kind.OBJECT, "floor"),
                org.assertj.core.groups.Tuple.tuple(OutlinerItem.Kind.OBJECT, "teapot"));
        assertThat(outliner.selectedProperty().get()).isNull();
        assertThat(outliner.selectedObjectProperty().get()).isEqualTo(OutlinerViewModel.NO_OBJECT);
    }

    @Test
    void selectingALightSelectsNoObject() {
        document.open(Path.of("teapot.scene.json"), scene);

        outliner.select(outliner.items().get(1));

        assertThat(outliner.selectedObjectProperty().get()).isEqualTo(OutlinerViewModel.NO_OBJECT);
        assertThat(outliner.objectSelectedProperty().get()).isFalse();
    }

    @Test
    void addingAPrimitiveSelectsItAndUndoDropsTheSelection() {
        document.open(Path.of("teapot.scene.json"), scene);

        outliner.addPrimitive(PrimitiveKind.TORUS);

        assertThat(outliner.selectedProperty().get().name()).isEqualTo("torus");
        assertThat(outliner.selectedObjectProperty().get()).isEqualTo(2);
        assertThat(document.undoTextProperty().get()).isEqualTo("Undo Add torus");
        document.undo();
        assertThat(outliner.selectedProperty().get()).isNull();
    }

    @Test
    void theSelectionStaysOnItsRowThroughARename() throws Exception {
        document.open(Path.of("teapot.scene.json"), scene);
        outliner.selectObject(1);

        document.apply("Rename", io.brigade.app.edit.ObjectEdits.renamed(scene, 1, "kettle"));

        assertThat(outliner.selectedProperty().get().name()).isEqualTo("kettle");
        assertThat(outliner.selectedObjectProperty().get()).isEqualTo(1);
    }

    @Test
    void duplicatesAndDeletesTheSelectedObject() {
        document.open(Path.of("teapot.scene.json"), scene);
        outliner.selectObject(1);

        outliner.duplicateSelected();
        assertThat(outliner.selectedProperty().get().name()).isEqualTo("teapot copy");

        outliner.deleteSelected();
        assertThat(document.sceneProperty().get().objects()).hasSize(2);
        assertThat(outliner.selectedProperty().get()).isNull();
        assertThat(document.undoTextProperty().get()).isEqualTo("Undo Delete teapot copy");
    }

    @Test
    void aRefusedDeleteIsReportedAndChangesNothing() {
        Scene withChild = scene.withObjectAdded(scene.objects().get(0).withName("lid").withParent("teapot"));
        document.open(Path.of("teapot.scene.json"), withChild);
        outliner.selectObject(1);

        outliner.deleteSelected();

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.summary()).isEqualTo("Could not delete teapot");
            assertThat(problem.detail()).contains("\"lid\" hangs from it");
        });
        assertThat(document.sceneProperty().get()).isSameAs(withChild);
        assertThat(document.dirtyProperty().get()).isFalse();
    }
}
