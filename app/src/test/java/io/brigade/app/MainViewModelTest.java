package io.brigade.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.brigade.app.concurrent.BackgroundTasks;
import io.brigade.app.concurrent.ExecutorBackgroundTasks;
import io.brigade.app.testing.ImagePixels;
import io.brigade.app.testing.SampleScenes;
import io.brigade.app.testing.SynchronousPreviews;
import io.brigade.engine.scene.Scene;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.scene.image.Image;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxToolkit;

class MainViewModelTest {

    private static final Path TEAPOT = SampleScenes.TEAPOT_TURNTABLE;

    private final SynchronousPreviews previews = new SynchronousPreviews();
    private final MainViewModel viewModel = new MainViewModel(SceneLoader.standard(),
            new ExecutorBackgroundTasks(Runnable::run, Runnable::run), previews, Runnable::run);

    @TempDir
    Path dir;

    @BeforeAll
    static void startFxToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void startsReadyWithNothingOpen() {
        assertThat(viewModel.statusTextProperty().get()).isEqualTo(MainViewModel.READY_STATUS);
        assertThat(viewModel.titleProperty().get()).isEqualTo("Brigade");
        assertThat(viewModel.sceneProperty().get()).isNull();
        assertThat(viewModel.problemProperty().get()).isNull();
        assertThat(viewModel.timeline().availableProperty().get()).isFalse();
        assertThat(viewModel.viewport().imageProperty().get()).isNull();
    }

    @Test
    void openingASceneNamesItAndShowsItsFirstFrame() {
        viewModel.viewport().areaResized(800, 600);

        viewModel.openScene(TEAPOT);

        Scene scene = viewModel.sceneProperty().get();
        assertThat(scene).isNotNull();
        assertThat(viewModel.sceneFileProperty().get()).isEqualTo(TEAPOT);
        assertThat(viewModel.titleProperty().get()).isEqualTo("Brigade \u2014 teapot-turntable.scene.json");
        assertThat(viewModel.sceneNameProperty().get()).isEqualTo("teapot-turntable.scene.json");
        assertThat(viewModel.statusTextProperty().get()).isEqualTo("Opened " + TEAPOT);
        assertThat(viewModel.timeline().startFrameProperty().get()).isEqualTo(scene.settings().startFrame());
        assertThat(viewModel.timeline().endFrameProperty().get()).isEqualTo(scene.settings().endFrame());
        Image preview = viewModel.viewport().imageProperty().get();
        assertThat(preview.getWidth()).isEqualTo(800);
        assertThat(preview.getHeight()).isEqualTo(450);
        assertThat(ImagePixels.showsMoreThanTheBackground(preview)).isTrue();
    }

    @Test
    void movingTheTimelineRendersTheNewFrame() {
        viewModel.viewport().areaResized(800, 600);
        viewModel.openScene(TEAPOT);
        int[] first = ImagePixels.argb(viewModel.viewport().imageProperty().get());

        viewModel.timeline().setFrame(24);

        assertThat(previews.requests()).last().extracting(request -> request.frame()).isEqualTo(24);
        assertThat(ImagePixels.argb(viewModel.viewport().imageProperty().get())).isNotEqualTo(first);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "malformed JSON | { \"format\": \"brigade-scene\", | broken.scene.json:1",
            "invalid value  | { \"format\": \"brigade-scene\", \"version\": 1, \"camera\": { \"position\": [0, 1, 5] }, \"settings\": { \"fps\": -5 } } | settings.fps",
            "missing OBJ    | { \"format\": \"brigade-scene\", \"version\": 1, \"camera\": { \"position\": [0, 1, 5] }, \"objects\": [ { \"name\": \"x\", \"mesh\": { \"obj\": \"gone.obj\" } } ] } | objects[0].mesh.obj: gone.obj: no such file",
    })
    void aBrokenSceneIsReportedByPlaceAndTheOpenSceneStays(String what, String json, String place) throws IOException {
        viewModel.viewport().areaResized(800, 600);
        viewModel.openScene(TEAPOT);
        Scene before = viewModel.sceneProperty().get();
        Image previewBefore = viewModel.viewport().imageProperty().get();
        Path broken = Files.writeString(dir.resolve("broken.scene.json"), json);

        viewModel.openScene(broken);

        Problem problem = viewModel.problemProperty().get();
        assertThat(problem.summary()).isEqualTo("Could not open broken.scene.json");
        assertThat(problem.detail()).startsWith("broken.scene.json").contains(place);
        assertThat(viewModel.sceneProperty().get()).isSameAs(before);
        assertThat(viewModel.titleProperty().get()).endsWith("teapot-turntable.scene.json");
        assertThat(viewModel.viewport().imageProperty().get()).isSameAs(previewBefore);
        assertThat(viewModel.statusTextProperty().get())
                .isEqualTo("Could not open broken.scene.json; still showing teapot-turntable.scene.json");
    }

    @Test
    void aMissingFileIsReportedToo() {
        viewModel.openScene(dir.resolve("nowhere.scene.json"));

        assertThat(viewModel.problemProperty().get().detail()).contains("nowhere.scene.json", "no such file");
        assertThat(viewModel.statusTextProperty().get()).isEqualTo("Could not open nowhere.scene.json");
    }

    @Test
    void openingASceneClearsTheProblemAndDismissingDoesToo() {
        viewModel.openScene(dir.resolve("nowhere.scene.json"));
        viewModel.dismissProblem();
        assertThat(viewModel.problemProperty().get()).isNull();

        viewModel.openScene(dir.resolve("nowhere.scene.json"));
        viewModel.openScene(TEAPOT);
        assertThat(viewModel.problemProperty().get()).isNull();
    }

    @Test
    void aLoadThatFinishesAfterANewerOneIsIgnored() throws IOException {
        HeldTasks tasks = new HeldTasks();
        MainViewModel slow = new MainViewModel(SceneLoader.standard(), tasks, previews, Runnable::run);
        Path broken = Files.writeString(dir.resolve("broken.scene.json"), "{");

        slow.openScene(broken);
        slow.openScene(TEAPOT);
        tasks.finish(1);
        tasks.finish(0);

        assertThat(slow.sceneFileProperty().get()).isEqualTo(TEAPOT);
        assertThat(slow.problemProperty().get()).isNull();
    }

    @Test
    void rejectsAMissingFile() {
        assertThatNullPointerException().isThrownBy(() -> viewModel.openScene(null));
    }

    /** Runs each task's work and outcome only when the test says, in any order. */
    private static final class HeldTasks implements BackgroundTasks {
        private final List<Runnable> tasks = new ArrayList<>();

        @Override
        public <T> void run(Callable<? extends T> work, Consumer<? super T> onSuccess,
                            Consumer<? super Exception> onFailure) {
            tasks.add(() -> new ExecutorBackgroundTasks(Runnable::run, Runnable::run).run(work, onSuccess, onFailure));
        }

        void finish(int index) {
            tasks.get(index).run();
        }
    }
}
