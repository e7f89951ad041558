package io.brigade.app;

import io.brigade.app.concurrent.BackgroundTasks;
import io.brigade.app.timeline.TimelineViewModel;
import io.brigade.app.viewport.PreviewRenderService;
import io.brigade.app.viewport.ViewportViewModel;
import io.brigade.engine.scene.RenderSettings;
import io.brigade.engine.scene.Scene;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * State of the main window: the open scene, the window title, the status line and the problem on show,
 * with the timeline and the preview as child view models kept in step with the scene. Views bind to the
 * read-only properties and change them only through the command methods. Use it on the FX thread.
 */
public final class MainViewModel {

    static final String READY_STATUS = "Ready. Open a scene with File > Open Scene...";
    static final String APP_NAME = "Brigade";

    private final SceneLoader sceneLoader;
    private final BackgroundTasks backgroundTasks;
    private final TimelineViewModel timeline = new TimelineViewModel();
    private final ViewportViewModel viewport;

    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper(this, "statusText", READY_STATUS);
    private final ReadOnlyObjectWrapper<Path> sceneFile = new ReadOnlyObjectWrapper<>(this, "sceneFile");
    private final ReadOnlyObjectWrapper<Scene> scene = new ReadOnlyObjectWrapper<>(this, "scene");
    private final ReadOnlyStringWrapper sceneName = new ReadOnlyStringWrapper(this, "sceneName", "");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", APP_NAME);
    private final ReadOnlyObjectWrapper<Problem> problem = new ReadOnlyObjectWrapper<>(this, "problem");

    /** Counts opens, so that a slow load finishing after a newer one began is ignored. */
    private long openRequests;

    /**
     * @param sceneLoader     reads scene files; runs through {@code backgroundTasks}
     * @param backgroundTasks runs loading off the FX thread
     * @param previews        renders the preview
     * @param fxThread        runs finished previews on the FX thread ({@code Platform::runLater} in the app)
     */
    public MainViewModel(SceneLoader sceneLoader, BackgroundTasks backgroundTasks, PreviewRenderService previews,
                         Executor fxThread) {
        this.sceneLoader = Objects.requireNonNull(sceneLoader, "sceneLoader");
        this.backgroundTasks = Objects.requireNonNull(backgroundTasks, "backgroundTasks");
        this.viewport = new ViewportViewModel(previews, fxThread);
        timeline.frameProperty().addListener((observable, old, frame) -> showCurrentFrame());
        viewport.failureProperty().addListener((observable, old, failed) -> {
            if (failed != null) {
                problem.set(Problem.of("The preview could not be rendered", failed.error()));
            }
        });
    }

    public TimelineViewModel timeline() {
        return timeline;
    }

    public ViewportViewModel viewport() {
        return viewport;
    }

    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    /** The file of the open scene, or null before one is open. */
    public ReadOnlyObjectProperty<Path> sceneFileProperty() {
        return sceneFile.getReadOnlyProperty();
    }

    /** The open scene, or null before one is open. */
    public ReadOnlyObjectProperty<Scene> sceneProperty() {
        return scene.getReadOnlyProperty();
    }

    /** The open scene's file name, such as "teapot-turntable.scene.json"; empty before one is open. */
    public ReadOnlyStringProperty sceneNameProperty() {
        return sceneName.getReadOnlyProperty();
    }

    /** "Brigade", then the scene's file name once one is open. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The problem to tell the user about, or null; replaced by the next one, cleared by {@link #dismissProblem()}. */
    public ReadOnlyObjectProperty<Problem> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /**
     * Starts reading {@code file} in the background. On success it becomes the open scene at its first
     * frame; on failure the scene open before stays and the problem names the file and the field at fault.
     */
    public void openScene(Path file) {
        Objects.requireNonNull(file, "file");
        long request = ++openRequests;
        statusText.set("Opening " + file.toAbsolutePath() + "...");
        backgroundTasks.run(() -> sceneLoader.load(file),
                loaded -> {
                    if (request == openRequests) {
                        opened(file, loaded);
                    }
                },
                failure -> {
                    if (request == openRequests) {
                        openFailed(file, failure);
                    }
                });
    }

    public void dismissProblem() {
        problem.set(null);
    }

    private void opened(Path file, Scene loaded) {
        sceneFile.set(file);
        scene.set(loaded);
        String name = file.getFileName().toString();
        sceneName.set(name);
        title.set(APP_NAME + " \u2014 " + name);
        statusText.set("Opened " + file.toAbsolutePath());
        problem.set(null);
        RenderSettings settings = loaded.settings();
        timeline.setRange(settings.startFrame(), settings.endFrame(), settings.fps());
        showCurrentFrame(); // setRange changes no frame when the new range starts where the old frame was
    }

    private void openFailed(Path file, Exception failure) {
        String name = file.getFileName().toString();
        problem.set(Problem.of("Could not open " + name, failure));
        statusText.set(scene.get() == null
                ? "Could not open " + name
                : "Could not open " + name + "; still showing " + sceneName.get());
    }

    private void showCurrentFrame() {
        if (scene.get() != null) {
            viewport.show(scene.get(), timeline.frameProperty().get());
        }
    }
}
