package io.brigade.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.brigade.app.chrome.Problem;
import io.brigade.app.concurrent.BackgroundTasks;
import io.brigade.app.concurrent.ExecutorBackgroundTasks;
import io.brigade.app.dialogs.UnsavedChangesPrompt;
import io.brigade.app.edit.SceneSaver;
import io.brigade.app.files.RecentFilesStore;
import io.brigade.app.files.SceneLoader;
import io.brigade.app.render.InMemoryRenderPreferencesStore;
import io.brigade.app.render.RenderJobs;
import io.brigade.app.render.RenderPreferences;
import io.brigade.app.render.RenderSettingsViewModel;
import io.brigade.app.testing.ImagePixels;
import io.brigade.app.testing.SampleScenes;
import io.brigade.app.testing.SynchronousPreviews;
import io.brigade.engine.math.Color;
import io.brigade.engine.scene.Scene;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
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
    private final MainViewModel viewModel = new MainViewModel(SceneLoader.standard(), SceneSaver.standard(),
            new ExecutorBackgroundTasks(Runnable::run, Runnable::run), previews, RenderJobs.scheduler(), Runnable::run);

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

        viewModel.files().openScene(TEAPOT);

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
    void aModelMissingItsMaterialsOpensWithAWarningNamingFileAndLine() throws IOException {
        Files.writeString(dir.resolve("model.obj"), "mtllib model.mtl\nv 0 0 0\nv 1 0 0\nv 0 1 0\nusemtl skin\nf 1 2 3\n");
        Path scene = Files.writeString(dir.resolve("obj.scene.json"), "{\"format\": \"brigade-scene\", \"version\": 1, "
                + "\"camera\": {\"position\": [0, 0, 5]}, \"objects\": [{\"name\": \"m\", \"mesh\": {\"obj\": \"model.obj\"}}]}");

        viewModel.files().openScene(scene);

        assertThat(viewModel.sceneFileProperty().get()).isEqualTo(scene);
        Problem warning = viewModel.problemProperty().get();
        assertThat(warning.warning()).isTrue();
        assertThat(warning.summary()).isEqualTo("Opened obj.scene.json with 2 warnings");
        assertThat(warning.detail().lines()).hasSize(2)
                .anySatisfy(line -> assertThat(line).startsWith("model.obj:1: material library \"model.mtl\" not found"))
                .anySatisfy(line -> assertThat(line).startsWith("model.obj:5: usemtl refers to material \"skin\""));
    }

    @Test
    void importingAModelMissingItsTextureWarnsInTheBanner() throws IOException {
        viewModel.files().openScene(TEAPOT);
        Files.writeString(dir.resolve("m.mtl"), "newmtl a\nmap_Kd gone.tga\n");
        Path obj = Files.writeString(dir.resolve("model.obj"), "mtllib m.mtl\nv 0 0 0\nv 1 0 0\nv 0 1 0\nusemtl a\nf 1 2 3\n");

        viewModel.files().importObj(obj);

        Problem warning = viewModel.problemProperty().get();
        assertThat(warning.warning()).isTrue();
        assertThat(warning.summary()).isEqualTo("Imported model.obj with 1 warning");
        assertThat(warning.detail()).startsWith("m.mtl:2: texture \"gone.tga\" cannot be loaded (file not found");
        assertThat(viewModel.sceneProperty().get().objects()).anyMatch(o -> o.name().equals("model"));
    }

    @Test
    void movingTheTimelineRendersTheNewFrame() {
        viewModel.viewport().areaResized(800, 600);
        viewModel.files().openScene(TEAPOT);
        int[] first = ImagePixels.argb(viewModel.viewport().imageProperty().get());

        viewModel.timeline().setFrame(24);

        assertThat(previews.requests()).last().extracting(request -> request.frame()).isEqualTo(24);
        assertThat(ImagePixels.argb(viewModel.viewport().imageProperty().get())).isNotEqualTo(first);
    }

    @Test
    void playingFramesAreNotRefinedUntilPlaybackStops() {
        viewModel.viewport().areaResized(160, 90);
        viewModel.files().openScene(TEAPOT);
        viewModel.timeline().togglePlay();
        int before = previews.requests().size();

        viewModel.timeline().setFrame(5);
        viewModel.timeline().setFrame(6);
        assertThat(previews.requests().subList(before, previews.requests().size()))
                .hasSize(2).noneMatch(request -> request.refined());

        viewModel.timeline().togglePlay();
        assertThat(previews.requests()).last().satisfies(request -> {
            assertThat(request.refined()).isTrue();
            assertThat(request.frame()).isEqualTo(6);
        });
        assertThat(viewModel.viewport().refinedProperty().get()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "malformed JSON | { \"format\": \"brigade-scene\", | broken.scene.json:1",
            "invalid value  | { \"format\": \"brigade-scene\", \"version\": 1, \"camera\": { \"position\": [0, 1, 5] }, \"settings\": { \"fps\": -5 } } | settings.fps",
            "missing OBJ    | { \"format\": \"brigade-scene\", \"version\": 1, \"camera\": { \"position\": [0, 1, 5] }, \"objects\": [ { \"name\": \"x\", \"mesh\": { \"obj\": \"gone.obj\" } } ] } | objects[0].mesh.obj: gone.obj: no such file",
    })
    void aBrokenSceneIsReportedByPlaceAndTheOpenSceneStays(String what, String json, String place) throws IOException {
        viewModel.viewport().areaResized(800, 600);
        viewModel.files().openScene(TEAPOT);
        Scene before = viewModel.sceneProperty().get();
        Image previewBefore = viewModel.viewport().imageProperty().get();
        Path broken = Files.writeString(dir.resolve("broken.scene.json"), json);

        viewModel.files().openScene(broken);

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
        viewModel.files().openScene(dir.resolve("nowhere.scene.json"));

        assertThat(viewModel.problemProperty().get().detail()).contains("nowhere.scene.json", "no such file");
        assertThat(viewModel.statusTextProperty().get()).isEqualTo("Could not open nowhere.scene.json");
    }

    @Test
    void openingASceneClearsTheProblemAndDismissingDoesToo() {
        viewModel.files().openScene(dir.resolve("nowhere.scene.json"));
        viewModel.dismissProblem();
        assertThat(viewModel.problemProperty().get()).isNull();

        viewModel.files().openScene(dir.resolve("nowhere.scene.json"));
        viewModel.files().openScene(TEAPOT);
        assertThat(viewModel.problemProperty().get()).isNull();
    }

    @Test
    void aLoadThatFinishesAfterANewerOneIsIgnored() throws IOException {
        HeldTasks tasks = new HeldTasks();
        MainViewModel slow = new MainViewModel(SceneLoader.standard(), SceneSaver.standard(), tasks, previews,
                RenderJobs.scheduler(), Runnable::run);
        Path broken = Files.writeString(dir.resolve("broken.scene.json"), "{");

        slow.files().openScene(broken);
        slow.files().openScene(TEAPOT);
        tasks.finish(1);
        tasks.finish(0);

        assertThat(slow.sceneFileProperty().get()).isEqualTo(TEAPOT);
        assertThat(slow.problemProperty().get()).isNull();
    }

    @Test
    void anEditMarksTheTitleAndRendersTheChangedScene() {
        viewModel.viewport().areaResized(800, 600);
        viewModel.files().openScene(TEAPOT);
        Scene opened = viewModel.sceneProperty().get();

        Scene edited = opened.withAmbient(Color.WHITE);
        viewModel.document().apply("Brighten", edited);

        assertThat(viewModel.titleProperty().get()).isEqualTo("Brigade \u2014 *teapot-turntable.scene.json");
        assertThat(previews.requests()).last().extracting(request -> request.scene()).isSameAs(edited);
        viewModel.document().undo();
        assertThat(viewModel.titleProperty().get()).isEqualTo("Brigade \u2014 teapot-turntable.scene.json");
        assertThat(previews.requests()).last().extracting(request -> request.scene()).isSameAs(opened);
    }

    @Test
    void renderSettingsChangeTheSceneAsOneUndoableEditAndTheRestAsPreferences() {
        InMemoryRenderPreferencesStore store = new InMemoryRenderPreferencesStore();
        MainViewModel withStore = new MainViewModel(SceneLoader.standard(), SceneSaver.standard(),
                new ExecutorBackgroundTasks(Runnable::run, Runnable::run), previews, RenderJobs.scheduler(),
                Runnable::run, store, RecentFilesStore.inMemory());
        withStore.files().openScene(TEAPOT);
        Scene opened = withStore.sceneProperty().get();
        RenderSettingsViewModel fields = withStore.renderSettings().orElseThrow();
        fields.widthProperty().set("320");
        fields.endFrameProperty().set("9");
        fields.workersProperty().set("1");
        fields.outputFolderProperty().set(dir.toString());

        withStore.applyRenderSettings(fields.choice().orElseThrow());

        assertThat(withStore.sceneProperty().get().settings().width()).isEqualTo(320);
        assertThat(withStore.timeline().endFrameProperty().get()).isEqualTo(9);
        assertThat(withStore.document().undoTextProperty().get()).contains("Change render settings");
        assertThat(store.load()).isEqualTo(new RenderPreferences(1, Optional.of(dir)));
        assertThat(withStore.suggestedRenderFolder()).isEqualTo(dir.resolve("teapot-turntable"));
        withStore.document().undo();
        assertThat(withStore.sceneProperty().get()).isSameAs(opened);
        assertThat(withStore.timeline().endFrameProperty().get()).isEqualTo(opened.settings().endFrame());
        assertThat(store.load().workers()).as("preferences are no scene edit").isEqualTo(1);
    }

    @Test
    void theRenderFarmChoiceIsKeptWithThePreferencesAndMakesRendersRunThere() {
        viewModel.files().openScene(TEAPOT);
        RenderSettingsViewModel fields = viewModel.renderSettings().orElseThrow();
        assertThat(viewModel.rendersOnFarm()).as("this computer by default").isFalse();
        fields.farm().onFarmProperty().set(true);
        fields.farm().membersProperty().set("127.0.0.1:5701");

        viewModel.applyRenderSettings(fields.choice().orElseThrow());

        assertThat(viewModel.rendersOnFarm()).isTrue();
        assertThat(viewModel.renderSettings().orElseThrow().farm().membersProperty().get()).isEqualTo("127.0.0.1:5701");
    }

    @Test
    void importingAnObjAddsAnUndoableObject() throws IOException {
        viewModel.files().openScene(TEAPOT);
        int before = viewModel.sceneProperty().get().objects().size();
        Path obj = Files.writeString(dir.resolve("tri.obj"), "v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 3\n");

        viewModel.files().importObj(obj);

        assertThat(viewModel.sceneProperty().get().objects()).hasSize(before + 1);
        assertThat(viewModel.sceneProperty().get().objects().get(before).name()).isEqualTo("tri");
        assertThat(viewModel.document().undoTextProperty().get()).contains("Import tri.obj");
        viewModel.document().undo();
        assertThat(viewModel.sceneProperty().get().objects()).hasSize(before);
    }

    @Test
    void aBrokenObjIsReportedByFileAndLineAndChangesNothing() throws IOException {
        viewModel.files().openScene(TEAPOT);
        Scene opened = viewModel.sceneProperty().get();
        Path obj = Files.writeString(dir.resolve("broken.obj"), "v 0 0 0\nf 1 2 3\n");

        viewModel.files().importObj(obj);

        assertThat(viewModel.sceneProperty().get()).isSameAs(opened);
        assertThat(viewModel.document().canUndoProperty().get()).isFalse();
        assertThat(viewModel.problemProperty().get().summary()).isEqualTo("Could not import broken.obj");
        assertThat(viewModel.problemProperty().get().detail()).contains("broken.obj:2");
    }

    @Test
    void openedScenesAreRememberedNewestFirstWithoutRepeats() throws IOException {
        RecentFilesStore store = RecentFilesStore.inMemory();
        store.save(List.of(dir.resolve("old.scene.json")));
        MainViewModel remembering = new MainViewModel(SceneLoader.standard(), SceneSaver.standard(),
                new ExecutorBackgroundTasks(Runnable::run, Runnable::run), previews, RenderJobs.scheduler(),
                Runnable::run, new InMemoryRenderPreferencesStore(), store);
        Path copy = Files.copy(TEAPOT, dir.resolve("copy.scene.json"));
        assertThat(remembering.files().recentFiles()).containsExactly(dir.resolve("old.scene.json"));

        remembering.files().openScene(TEAPOT);
        remembering.files().openScene(copy);
        remembering.files().openScene(TEAPOT);

        assertThat(remembering.files().recentFiles()).containsExactly(TEAPOT, copy.toAbsolutePath().normalize(),
                dir.resolve("old.scene.json"));
        assertThat(store.load()).isEqualTo(List.copyOf(remembering.files().recentFiles()));
    }

    /** Open Recent listens to the list it is given; a read-only view made per call would be collected, and deaf. */
    @Test
    void aListenerOnTheRecentFilesHearsOfAnOpeningAfterACollection() throws InterruptedException {
        List<List<Path>> heard = new ArrayList<>();
        viewModel.files().recentFiles().addListener((ListChangeListener<Path>) change -> heard.add(List.copyOf(
                change.getList())));
        for (int i = 0; i < 3; i++) {
            System.gc();
            TimeUnit.MILLISECONDS.sleep(20);
        }

        viewModel.files().openScene(TEAPOT);

        assertThat(heard).containsExactly(List.of(TEAPOT));
        assertThat(viewModel.files().recentFiles()).isSameAs(viewModel.files().recentFiles());
    }

    @Test
    void renderSettingsThatOnlyChangePreferencesMakeNoEdit() {
        viewModel.files().openScene(TEAPOT);
        RenderSettingsViewModel fields = viewModel.renderSettings().orElseThrow();
        fields.workersProperty().set("1");

        viewModel.applyRenderSettings(fields.choice().orElseThrow());

        assertThat(viewModel.document().canUndoProperty().get()).isFalse();
        assertThat(viewModel.document().dirtyProperty().get()).isFalse();
    }

    @Test
    void saveAsWritesTheSceneWhereAskedAddsTheExtensionAndCleansTheTitle() throws IOException {
        viewModel.files().openScene(TEAPOT);
        viewModel.document().apply("Brighten", viewModel.sceneProperty().get().withAmbient(
                Color.WHITE));

        viewModel.files().saveAs(dir.resolve("copy"));

        Path written = dir.resolve("copy.scene.json");
        assertThat(written).isRegularFile();
        assertThat(viewModel.sceneFileProperty().get()).isEqualTo(written);
        assertThat(viewModel.titleProperty().get()).isEqualTo("Brigade \u2014 copy.scene.json");
        assertThat(viewModel.statusTextProperty().get()).isEqualTo("Saved " + written.toAbsolutePath());
        assertThat(Files.readString(written)).contains("\"ambient\": \"#ffffff\"");
    }

    @Test
    void aFailedSaveIsReportedInTheBannerAndStaysDirty() throws IOException {
        MainViewModel failing = new MainViewModel(SceneLoader.standard(), (scene, file) -> {
            throw new IOException(file.getFileName() + ": permission denied");
        }, new ExecutorBackgroundTasks(Runnable::run, Runnable::run), previews, RenderJobs.scheduler(), Runnable::run);
        failing.files().openScene(TEAPOT);
        failing.document().apply("Brighten", failing.sceneProperty().get().withAmbient(
                Color.WHITE));

        failing.files().save();

        assertThat(failing.problemProperty().get().summary()).isEqualTo("Could not save teapot-turntable.scene.json");
        assertThat(failing.problemProperty().get().detail())
                .isEqualTo("teapot-turntable.scene.json: permission denied");
        assertThat(failing.titleProperty().get()).contains("*");
    }

    @Test
    void withoutUnsavedChangesNothingIsAsked() {
        viewModel.files().openScene(TEAPOT);
        List<String> events = new ArrayList<>();

        viewModel.files().proceedDespiteUnsavedChanges(() -> {
            events.add("asked");
            return UnsavedChangesPrompt.Answer.CANCEL;
        }, () -> events.add("proceeded"));

        assertThat(events).containsExactly("proceeded");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"SAVE, true, true", "DONT_SAVE, true, false", "CANCEL, false, false"})
    void unsavedChangesAreDealtWithAsTheAnswerSays(UnsavedChangesPrompt.Answer answer, boolean proceeds,
                                                   boolean saves) throws IOException {
        Path file = Files.copy(TEAPOT, dir.resolve("teapot.scene.json"));
        String before = Files.readString(file);
        viewModel.files().openScene(file);
        viewModel.document().apply("Brighten", viewModel.sceneProperty().get().withAmbient(
                Color.WHITE));
        List<String> events = new ArrayList<>();

        viewModel.files().proceedDespiteUnsavedChanges(() -> {
            events.add("asked");
            return answer;
        }, () -> events.add("proceeded"));

        assertThat(events).containsExactlyElementsOf(proceeds ? List.of("asked", "proceeded") : List.of("asked"));
        assertThat(Files.readString(file).equals(before)).isEqualTo(!saves);
        assertThat(viewModel.document().dirtyProperty().get()).isEqualTo(!saves);
    }

    @Test
    void aSaveThatFailsWhenAskedToSaveDoesNotProceed() {
        MainViewModel failing = new MainViewModel(SceneLoader.standard(), (scene, file) -> {
            throw new IOException("disk full");
        }, new ExecutorBackgroundTasks(Runnable::run, Runnable::run), previews, RenderJobs.scheduler(), Runnable::run);
        failing.files().openScene(TEAPOT);
        failing.document().apply("Brighten", failing.sceneProperty().get().withAmbient(
                Color.WHITE));
        List<String> events = new ArrayList<>();

        failing.files().proceedDespiteUnsavedChanges(() -> UnsavedChangesPrompt.Answer.SAVE, () -> events.add("proceeded"));

        assertThat(events).isEmpty();
        assertThat(failing.problemProperty().get().detail()).isEqualTo("disk full");
    }

    @Test
    void aFailedRenderIsReportedInTheBannerAndTheStatusLine() throws Exception {
        BlockingQueue<Runnable> fxTasks = new LinkedBlockingQueue<>();
        MainViewModel rendering = new MainViewModel(SceneLoader.standard(), SceneSaver.standard(),
                new ExecutorBackgroundTasks(Runnable::run, Runnable::run), previews, RenderJobs.scheduler(),
                fxTasks::add);
        rendering.files().openScene(TEAPOT);
        Path notAFolder = Files.writeString(dir.resolve("taken"), "a file where the folder should be");

        rendering.renderAnimation(notAFolder);
        assertThat(rendering.statusTextProperty().get()).startsWith("Rendering teapot-turntable.scene.json into ");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (rendering.problemProperty().get() == null) {
            Runnable task = fxTasks.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            assertThat(task).as("the render's outcome in time").isNotNull();
            task.run();
        }

        assertThat(rendering.problemProperty().get().summary()).isEqualTo("The render failed");
        assertThat(rendering.problemProperty().get().detail()).contains("taken");
        assertThat(rendering.statusTextProperty().get()).startsWith("Render failed: ");
    }

    @Test
    void anotherSceneStartsCleanWithoutThePreviousRendersStripOrChangedMark() throws Exception {
        BlockingQueue<Runnable> fxTasks = new LinkedBlockingQueue<>();
        MainViewModel rendering = new MainViewModel(SceneLoader.standard(), SceneSaver.standard(),
                new ExecutorBackgroundTasks(Runnable::run, Runnable::run), previews, RenderJobs.scheduler(),
                fxTasks::add);
        rendering.files().openScene(TEAPOT);
        rendering.renderAnimation(dir.resolve("frames"));
        rendering.cancelRenders();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (rendering.render().runningProperty().get()) {
            Runnable task = fxTasks.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            assertThat(task).as("the render's end in time").isNotNull();
            task.run();
        }
        assertThat(rendering.render().shownProperty().get()).isTrue();

        rendering.files().openScene(TEAPOT); // the same file again, unmodified

        assertThat(rendering.render().shownProperty().get()).isFalse();
        assertThat(rendering.render().thumbnails()).isEmpty();
        assertThat(rendering.render().frameSlots()).isEmpty();
        assertThat(rendering.render().sceneChangedProperty().get()).isFalse();
        assertThat(rendering.teaching().freezeReportProperty().get()).isEmpty();
    }

    @Test
    void saveAsAddsTheNewFileToOpenRecent() {
        viewModel.files().openScene(TEAPOT);

        viewModel.files().saveAs(dir.resolve("copy"));

        assertThat(viewModel.files().recentFiles()).first().isEqualTo(dir.resolve("copy.scene.json"));
        assertThat(viewModel.files().recentFiles()).contains(TEAPOT);
    }

    @Test
    void rejectsAMissingFile() {
        assertThatNullPointerException().isThrownBy(() -> viewModel.files().openScene(null));
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
