package io.brigade.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.brigade.app.concurrent.ExecutorBackgroundTasks;
import io.brigade.app.edit.SceneSaver;
import io.brigade.app.files.SceneLoader;
import io.brigade.app.outliner.OutlinerViewModel;
import io.brigade.app.render.RenderJobs;
import io.brigade.app.testing.SampleScenes;
import io.brigade.app.testing.SynchronousPreviews;
import io.brigade.app.viewport.PreviewRequest;
import io.brigade.app.viewport.ViewportViewModel;
import io.brigade.engine.camera.Camera;
import io.brigade.engine.raster.FrameRenderer;
import io.brigade.engine.scene.Scene;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The viewport within the editor: navigating edits nothing, clicks select, the selection is outlined. */
class ViewportEditingTest {

    private final SynchronousPreviews previews = new SynchronousPreviews();
    private final MainViewModel viewModel = new MainViewModel(SceneLoader.standard(), SceneSaver.standard(),
            new ExecutorBackgroundTasks(Runnable::run, Runnable::run), previews, RenderJobs.scheduler(), Runnable::run);
    private final ViewportViewModel viewport = viewModel.viewport();
    private final OutlinerViewModel outliner = viewModel.outliner();
    private Scene opened;
    private int teapot;

    @BeforeAll
    static void startFxToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void openTheSample() {
        viewport.areaResized(320, 180);
        viewModel.files().openScene(SampleScenes.TEAPOT_TURNTABLE);
        opened = viewModel.sceneProperty().get();
        teapot = opened.indexOfObject("teapot");
    }

    @Test
    void navigatingTheViewEditsNothing() {
        viewport.orbit(40, 10);
        viewport.pan(0.1, -0.1);
        viewport.dolly(3);

        assertThat(viewModel.sceneProperty().get()).isSameAs(opened);
        assertThat(viewModel.document().canUndoProperty().get()).isFalse();
        assertThat(viewModel.document().dirtyProperty().get()).isFalse();
        assertThat(viewModel.titleProperty().get()).doesNotContain(MainViewModel.DIRTY_MARK);
    }

    @Test
    void settingTheSceneCameraFromTheViewIsOneUndoableEdit() {
        Camera before = PreviewRequest.sceneCamera(opened, 0);
        viewport.orbit(60, 15);
        viewport.dolly(1);
        Camera view = viewport.viewCamera().orElseThrow();

        viewModel.setSceneCameraFromView();

        Scene edited = viewModel.sceneProperty().get();
        assertThat(PreviewRequest.sceneCamera(edited, 0)).isEqualTo(view);
        assertThat(viewModel.document().undoTextProperty().get()).isEqualTo("Undo Set camera from view");
        assertThat(viewport.throughSceneCameraProperty().get()).isTrue();
        assertThat(viewport.viewCamera()).contains(view);

        viewModel.document().undo();
        assertThat(viewModel.sceneProperty().get()).isSameAs(opened);
        assertThat(viewModel.document().canUndoProperty().get()).isFalse();
        assertThat(viewport.viewCamera()).contains(before);
    }

    @Test
    void settingTheSceneCameraWhileLookingThroughItChangesNothing() {
        viewModel.setSceneCameraFromView();

        assertThat(viewModel.document().canUndoProperty().get()).isFalse();
    }

    @Test
    void clickingAnObjectSelectsItAndClickingTheBackgroundClearsTheSelection() {
        viewport.click(0.5, 0.5);
        assertThat(outliner.selectedObjectProperty().get()).isEqualTo(teapot);

        viewport.click(0.5, 0.02);
        assertThat(outliner.selectedProperty().get()).isNull();
        assertThat(outliner.selectedObjectProperty().get()).isEqualTo(OutlinerViewModel.NO_OBJECT);
    }

    @Test
    void theSelectedObjectIsOutlinedInThePreview() {
        outliner.selectObject(teapot);
        assertThat(previews.requests()).last().extracting(PreviewRequest::highlightedObject).isEqualTo(teapot);

        outliner.select(null);
        assertThat(previews.requests()).last().extracting(PreviewRequest::highlightedObject)
                .isEqualTo(FrameRenderer.NO_HIGHLIGHT);
    }
}
