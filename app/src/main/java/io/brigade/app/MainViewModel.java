package io.brigade.app;

import io.brigade.app.chrome.Messages;
import io.brigade.app.chrome.Problem;
import io.brigade.app.concurrent.BackgroundTasks;
import io.brigade.app.dialogs.RenderRunningPrompt;
import io.brigade.app.edit.CameraEdits;
import io.brigade.app.edit.DocumentViewModel;
import io.brigade.app.edit.SceneSaver;
import io.brigade.app.farm.FarmJobs;
import io.brigade.app.farm.FarmPanelViewModel;
import io.brigade.app.files.RecentFiles;
import io.brigade.app.files.RecentFilesStore;
import io.brigade.app.files.SceneFileCommands;
import io.brigade.app.files.SceneLoader;
import io.brigade.app.inspector.CameraInspectorViewModel;
import io.brigade.app.inspector.InspectorViewModel;
import io.brigade.app.inspector.LightInspectorViewModel;
import io.brigade.app.outliner.OutlinerViewModel;
import io.brigade.app.recovery.RecoveredScene;
import io.brigade.app.render.InMemoryRenderPreferencesStore;
import io.brigade.app.render.RenderFolders;
import io.brigade.app.render.RenderJobs;
import io.brigade.app.render.RenderPreferencesStore;
import io.brigade.app.render.RenderSettingsViewModel;
import io.brigade.app.render.RenderStatus;
import io.brigade.app.render.RenderViewModel;
import io.brigade.app.render.StillRenderViewModel;
import io.brigade.app.render.StillStatus;
import io.brigade.app.teaching.ExecutionModeViewModel;
import io.brigade.app.teaching.TeachingViewModel;
import io.brigade.app.teaching.WorkerTimelineViewModel;
import io.brigade.app.timeline.KeyframesViewModel;
import io.brigade.app.timeline.TimelineViewModel;
import io.brigade.app.viewport.PreviewRenderService;
import io.brigade.app.viewport.ViewportViewModel;
import io.brigade.engine.camera.Camera;
import io.brigade.engine.raster.FrameRenderer;
import io.brigade.engine.scene.RenderSettings;
import io.brigade.engine.scene.Scene;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * State of the main window: the document being edited, the window title, the status line and the problem
 * on show (its {@link Messages}), composing the feature view models and keeping them in step with the scene:
 * the File commands ({@link SceneFileCommands}), the timeline, the preview, the inspectors, the renders and the
 * teaching instruments. Views bind to the read-only properties and change them only through the command methods.
 * Use it on the FX thread.
 */
public final class MainViewModel {

    static final String READY_STATUS = "Ready. Open a scene with File > Open Scene...";
    public static final String APP_NAME = "Brigade";
    /** The folder of the samples that come with the app; renders never go there unasked. */
    /** Put before the scene's name in the title while it has unsaved changes. */
    static final String DIRTY_MARK = "*";

    private final TimelineViewModel timeline = new TimelineViewModel();
    private final ViewportViewModel viewport;
    private final DocumentViewModel document;
    private final OutlinerViewModel outliner;
    private final InspectorViewModel inspector;
    private final RenderViewModel render;
    private final StillRenderViewModel still;
    private final KeyframesViewModel keyframes;
    private final CameraInspectorViewModel cameraInspector;
    private final LightInspectorViewModel lightInspector;
    private final TeachingViewModel teaching;
    private final FarmPanelViewModel farm;

    private final Messages messages = new Messages(READY_STATUS);
    private final ReadOnlyStringWrapper sceneName = new ReadOnlyStringWrapper(this, "sceneName", "");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", APP_NAME);

    private final RenderPreferencesStore renderPreferences;
    private final RenderFolders renderFolders;

    /** The scene as it was when the newest still started. */
    private Scene stillScene;

    private final SceneFileCommands files;

    /**
     * @param sceneLoader     reads scene files; runs through {@code backgroundTasks}
     * @param sceneSaver      writes scene files; runs through {@code backgroundTasks}
     * @param backgroundTasks runs loading and saving off the FX thread
     * @param previews        renders the preview
     * @param renderJobs      runs final renders
     * @param fxThread        runs finished previews and render progress on the FX thread
     *                        ({@code Platform::runLater} in the app)
     */
    public MainViewModel(SceneLoader sceneLoader, SceneSaver sceneSaver, BackgroundTasks backgroundTasks,
                         PreviewRenderService previews, RenderJobs renderJobs, Executor fxThread) {
        this(sceneLoader, sceneSaver, backgroundTasks, previews, renderJobs, fxThread,
                new InMemoryRenderPreferencesStore(), RecentFilesStore.inMemory());
    }

    /** As above, with the render preferences and the recent files kept in these stores between runs. */
    public MainViewModel(SceneLoader sceneLoader, SceneSaver sceneSaver, BackgroundTasks backgroundTasks,
                         PreviewRenderService previews, RenderJobs renderJobs, Executor fxThread,
                         RenderPreferencesStore renderPreferences, RecentFilesStore recentFilesStore) {
        this(sceneLoader, sceneSaver, backgroundTasks, previews, renderJobs, fxThread, renderPreferences,
                recentFilesStore, backgroundTasks);
    }

    /**
     * As above, with clicks in the preview picked through {@code picking}, so that a click never waits
     * behind a long save or load on {@code backgroundTasks}.
     */
    public MainViewModel(SceneLoader sceneLoader, SceneSaver sceneSaver, BackgroundTasks backgroundTasks,
                         PreviewRenderService previews, RenderJobs renderJobs, Executor fxThread,
                         RenderPreferencesStore renderPreferences, RecentFilesStore recentFilesStore,
                         BackgroundTasks picking) {
        this.renderPreferences = Objects.requireNonNull(renderPreferences, "renderPreferences");
        this.renderFolders = new RenderFolders(renderPreferences);
        Objects.requireNonNull(backgroundTasks, "backgroundTasks");
        this.document = new DocumentViewModel(backgroundTasks, sceneSaver);
        this.farm = new FarmPanelViewModel(fxThread);
        this.viewport = new ViewportViewModel(previews, fxThread, picking, this::picked);
        ExecutionModeViewModel mode = new ExecutionModeViewModel(renderPreferences,
                Runtime.getRuntime().availableProcessors());
        WorkerTimelineViewModel workerTimeline = new WorkerTimelineViewModel(fxThread);
        FarmJobs whereRendersRun = new FarmJobs(renderJobs::start, () -> renderPreferences.load().farm(),
                document.sceneProperty()::get, () -> Optional.ofNullable(document.fileProperty().get()), farm);
        this.render = new RenderViewModel(workerTimeline.showing(whereRendersRun::start,
                request -> whereRendersRun.farmTitle().orElseGet(() -> TeachingViewModel.runTitle(mode.whoWaits(),
                        request.workers()))), mode.workers(), fxThread);
        this.teaching = new TeachingViewModel(mode, workerTimeline, render, renderJobs, backgroundTasks,
                document.sceneProperty());
        this.still = new StillRenderViewModel(renderJobs, Runtime.getRuntime().availableProcessors(),
                backgroundTasks, fxThread);
        this.outliner = new OutlinerViewModel(document, messages::problem);
        this.inspector = new InspectorViewModel(document, timeline.frameProperty(), outliner.selectedObjectProperty(),
                messages::problem);
        this.keyframes = new KeyframesViewModel(document, timeline, outliner.selectedProperty(), messages::problem);
        this.cameraInspector = new CameraInspectorViewModel(document, timeline.frameProperty(),
                outliner.selectedProperty(), messages::problem);
        this.lightInspector = new LightInspectorViewModel(document, timeline.frameProperty(),
                outliner.selectedProperty(), messages::problem);
        sceneName.bind(Bindings.createStringBinding(() -> document.fileProperty().get() != null
                        ? fileName(document.fileProperty().get())
                        : document.sceneProperty().get() == null ? "" : RecoveredScene.UNTITLED,
                document.fileProperty(), document.sceneProperty()));
        title.bind(Bindings.createStringBinding(() -> sceneName.get().isEmpty()
                        ? APP_NAME
                        : APP_NAME + " \u2014 " + (document.dirtyProperty().get() ? DIRTY_MARK : "") + sceneName.get(),
                sceneName, document.dirtyProperty()));
        this.files = new SceneFileCommands(sceneLoader, backgroundTasks, document, new RecentFiles(recentFilesStore),
                messages, sceneName, opened -> {
                    outliner.select(null);
                    showFromStart(opened);
                });
        useWorkers(mode.workers());
        mode.workersProperty().addListener((observable, old, count) -> useWorkers(count.intValue()));
        render.statusProperty().addListener((observable, old, status) -> renderChanged(status));
        still.statusProperty().addListener((observable, old, status) -> stillChanged(status));
        document.sceneProperty().addListener((observable, old, scene) -> sceneChanged(old, scene));
        timeline.frameProperty().addListener((observable, old, frame) -> showCurrentFrame());
        timeline.playingProperty().addListener((observable, old, playing) -> viewport.setPlaying(playing));
        viewport.failureProperty().addListener((observable, old, failed) -> {
            if (failed != null) {
                messages.problem(Problem.of("The preview could not be rendered", failed.error()));
            }
        });
        outliner.selectedObjectProperty().addListener((observable, old, index) -> viewport.highlightObject(
                index.intValue() == OutlinerViewModel.NO_OBJECT ? FrameRenderer.NO_HIGHLIGHT : index.intValue()));
        viewport.pickFailureProperty().addListener((observable, old, failed) -> {
            if (failed != null) {
                messages.problem(Problem.of("Could not find what was clicked in the preview", failed));
            }
        });
    }

    /** The File menu's commands: open, new, save, import, recent files, autosave. */
    public SceneFileCommands files() {
        return files;
    }

    public TimelineViewModel timeline() {
        return timeline;
    }

    public ViewportViewModel viewport() {
        return viewport;
    }

    /** The scene being edited, its file, its edits. */
    public DocumentViewModel document() {
        return document;
    }

    /** The scene's camera, lights and objects, and which is selected. */
    public OutlinerViewModel outliner() {
        return outliner;
    }

    /** The selected object's properties. */
    public InspectorViewModel inspector() {
        return inspector;
    }

    /** The final render of the animation. */
    public RenderViewModel render() {
        return render;
    }

    /** The farm panel: the workers of the newest render on a farm. */
    public FarmPanelViewModel farm() {
        return farm;
    }

    /** Teaching mode: how renders run (blocking or async, how many workers), the worker timeline, the meter. */
    public TeachingViewModel teaching() {
        return teaching;
    }

    /** The final render of the frame on show. */
    public StillRenderViewModel still() {
        return still;
    }

    /** The camera's properties while it is selected. */
    public CameraInspectorViewModel cameraInspector() {
        return cameraInspector;
    }

    /** The selected light's properties. */
    public LightInspectorViewModel lightInspector() {
        return lightInspector;
    }

    /** The selection's keys on the timeline and the edits on them. */
    public KeyframesViewModel keyframes() {
        return keyframes;
    }

    public ReadOnlyStringProperty statusTextProperty() {
        return messages.statusProperty();
    }

    /** The file of the open scene, or null before one is open. */
    public ReadOnlyObjectProperty<Path> sceneFileProperty() {
        return document.fileProperty();
    }

    /** The open scene as edited so far, or null before one is open. */
    public ReadOnlyObjectProperty<Scene> sceneProperty() {
        return document.sceneProperty();
    }

    /** The open scene's file name, such as "teapot-turntable.scene.json"; empty before one is open. */
    public ReadOnlyStringProperty sceneNameProperty() {
        return sceneName.getReadOnlyProperty();
    }

    /** "Brigade", then the scene's file name once one is open, marked with "*" while it has unsaved changes. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The problem to tell the user about, or null; replaced by the next one, cleared by {@link #dismissProblem()}. */
    public ReadOnlyObjectProperty<Problem> problemProperty() {
        return messages.problemProperty();
    }

    public void dismissProblem() {
        messages.problem(null);
    }

    /** Starts rendering the scene as it is now into {@code folder}; the editor goes on working meanwhile. */
    public void renderAnimation(Path folder) {
        Scene scene = document.sceneProperty().get();
        if (scene != null && !render.runningProperty().get()) {
            render.start(scene, folder);
            messages.status("Rendering " + sceneName.get() + " into " + folder.toAbsolutePath());
        }
    }

    /** True while the animation, a still or a comparison renders. */
    public boolean isRendering() {
        return render.runningProperty().get() || still.runningProperty().get()
                || teaching.comparingProperty().get();
    }

    /**
     * Before the window closes: runs {@code proceed} at once when nothing renders; otherwise asks, and on
     * Cancel Render and Quit runs {@code proceed} (which must stop the renders), on Keep Rendering nothing.
     */
    public void proceedDespiteRunningRender(Supplier<RenderRunningPrompt.Answer> ask, Runnable proceed) {
        if (!isRendering()) {
            proceed.run();
            return;
        }
        switch (ask.get()) {
            case CANCEL_RENDER_AND_QUIT -> proceed.run();
            case KEEP_RENDERING -> messages.status("Kept rendering");
        }
    }

    /** Stops the animation, the still and a comparison; the jobs end their threads shortly after. */
    public void cancelRenders() {
        render.cancel();
        still.cancel();
        teaching.cancelCompare();
    }

    /** Renders the frame on show at the scene's settings; the still replaces the preview once it is done. */
    public void renderStill() {
        Scene scene = document.sceneProperty().get();
        if (scene != null && !still.runningProperty().get()) {
            stillScene = scene;
            still.start(scene, timeline.frameProperty().get());
            messages.status("Rendering frame " + timeline.frameProperty().get() + " of " + sceneName.get());
        }
    }

    /** Writes the finished still to {@code file} as PNG, off the FX thread; a failure shows in the banner. */
    public void saveStill(Path file) {
        messages.status("Saving the still to " + file.toAbsolutePath() + "...");
        still.save(file, () -> messages.status("Saved the still to " + file.toAbsolutePath()), failure -> {
            messages.problem(Problem.of("Could not save the still to " + fileName(file), failure));
            messages.status("Could not save the still to " + fileName(file));
        });
    }

    /** Where a still goes unless the user says otherwise: render-out/NAME_frame_00012.png beside the scene. */
    public Path suggestedStillFile() {
        StillStatus status = still.statusProperty().get();
        int frame = status == null ? timeline.frameProperty().get() : status.frame();
        Path folder = suggestedRenderFolder();
        return folder.resolveSibling(folder.getFileName() + String.format(Locale.ROOT, "_frame_%05d.png", frame));
    }

    /** Where a render of the open scene goes unless the user says otherwise (see {@link RenderFolders#suggested}). */
    public Path suggestedRenderFolder() {
        return renderFolders.suggested(document.fileProperty().get());
    }

    /** Where Render Animation renders without asking; empty when the user must be asked. */
    public Optional<Path> renderFolderWithoutAsking() {
        return renderFolders.withoutAsking(document.fileProperty().get());
    }

    /** The Render Settings dialog's fields, filled from the open scene and the app's preferences. */
    public Optional<RenderSettingsViewModel> renderSettings() {
        Scene scene = document.sceneProperty().get();
        return scene == null
                ? Optional.empty()
                : Optional.of(new RenderSettingsViewModel(scene.settings(), renderPreferences.load()));
    }

    /** Applies the dialog's choice: scene settings as one undoable edit, the rest as app preferences. */
    public void applyRenderSettings(RenderSettingsViewModel.Choice choice) {
        Scene scene = document.sceneProperty().get();
        if (scene == null) {
            return;
        }
        renderPreferences.save(choice.preferences());
        teaching.mode().setWorkers(choice.preferences().workers()); // the execution mode shows the count too
        if (!choice.settings().equals(scene.settings())) {
            document.apply("Change render settings", scene.withSettings(choice.settings()));
        }
        messages.status("Render settings applied");
    }

    /** True when Render Animation runs on the render farm (the render preferences' "Where"), never blocking. */
    public boolean rendersOnFarm() {
        return renderPreferences.load().farm().onFarm();
    }

    /**
     * Makes the scene's camera look as the viewport's view does, as one undoable edit (a key at the frame on
     * show when the camera is animated); the view then looks through the scene's camera again.
     */
    public void setSceneCameraFromView() {
        Scene scene = document.sceneProperty().get();
        Optional<Camera> view = viewport.viewCamera();
        if (scene == null || view.isEmpty() || viewport.throughSceneCameraProperty().get()) {
            return;
        }
        double seconds = scene.secondsAt(timeline.frameProperty().get());
        document.apply("Set camera from view", CameraEdits.withCameraAt(scene, seconds, view.get()));
        viewport.viewThroughSceneCamera();
        messages.status("The scene's camera now looks as the view did");
    }

    /** A click in the preview selects the object drawn there, or nothing on the background. */
    private void picked(OptionalInt object) {
        if (object.isPresent()) {
            outliner.selectObject(object.getAsInt());
        } else {
            outliner.select(null);
        }
    }

    /** Shows {@code text} in the status line, for features that report there (exports, experiments). */
    public void showStatus(String text) {
        messages.status(Objects.requireNonNull(text, "text"));
    }

    /** Shows {@code shown} in the problem banner, for features of their own package. */
    public void showProblem(Problem shown) {
        messages.problem(Objects.requireNonNull(shown, "shown"));
    }

    /** A render that ended says so in the status line; one that failed also in the banner. */
    private void renderChanged(RenderStatus status) {
        if (status.isRunning()) {
            return;
        }
        messages.status(render.headlineProperty().get());
        status.failure().ifPresent(why -> messages.problem(new Problem("The render failed", why)));
    }

    /** A finished still replaces the preview of its frame, if that is still the frame and scene on show. */
    private void stillChanged(StillStatus status) {
        if (status.isRunning()) {
            return;
        }
        messages.status(still.headlineProperty().get());
        status.still().ifPresent(frame -> viewport.showStill(stillScene, status.frame(), frame));
        status.failure().ifPresent(why -> messages.problem(new Problem("The still failed", why)));
    }

    private void useWorkers(int count) {
        render.setWorkers(count);
        still.setWorkers(count);
    }

    /** The timeline follows the scene's frame range and rate, through edits, undo and redo alike. */
    private void sceneChanged(Scene old, Scene scene) {
        render.editorSceneIs(scene);
        if (old != null && scene != null && !sameTiming(old.settings(), scene.settings())) {
            RenderSettings settings = scene.settings();
            int frame = timeline.frameProperty().get();
            timeline.setRange(settings.startFrame(), settings.endFrame(), settings.fps());
            timeline.setFrame(frame);
        }
        showCurrentFrame();
    }

    private static boolean sameTiming(RenderSettings a, RenderSettings b) {
        return a.startFrame() == b.startFrame() && a.endFrame() == b.endFrame() && a.fps() == b.fps();
    }

    private static String fileName(Path file) {
        return file.getFileName().toString();
    }

    /**
     * The timeline follows a newly opened scene's range and the preview shows its first frame; what the previous
     * scene's renders left on screen (strip, still, freeze report) goes.
     */
    private void showFromStart(Scene opened) {
        render.forget();
        still.dismiss();
        teaching.forgetFreeze();
        RenderSettings settings = opened.settings();
        timeline.setRange(settings.startFrame(), settings.endFrame(), settings.fps());
        showCurrentFrame(); // setRange changes no frame when the new range starts where the old frame was
    }

    private void showCurrentFrame() {
        Scene scene = document.sceneProperty().get();
        if (scene != null) {
            viewport.show(scene, timeline.frameProperty().get());
        }
    }
}
