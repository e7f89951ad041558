package io.brigade.app;

import io.brigade.app.concurrent.DaemonThreads;
import io.brigade.app.concurrent.ExecutorBackgroundTasks;
import io.brigade.app.edit.SceneSaver;
import io.brigade.app.render.JavaPrefsRenderPreferencesStore;
import io.brigade.app.render.RenderJobs;
import io.brigade.app.theme.JavaPrefsThemeStore;
import io.brigade.app.theme.ThemeViewModel;
import io.brigade.app.viewport.PreviewRenderThread;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The Brigade editor: builds its services once, hands them to the window through constructors, and shuts
 * them down when the window closes or the application stops, whichever comes first.
 */
public final class BrigadeApp extends Application {

    /** Opened at start when present under the working directory (the README runs the app from the repository). */
    static final Path STARTUP_SCENE = Path.of("assets", "scenes", "teapot-turntable.scene.json");
    /** Reads and writes scene files, one at a time, so a save and a later open never overlap. */
    static final String SCENE_FILES_THREAD = "brigade-scene-files";

    private ExecutorService sceneFiles;
    private PreviewRenderThread previewRenderer;
    private MainViewModel viewModel;

    @Override
    public void start(Stage stage) {
        sceneFiles = Executors.newSingleThreadExecutor(new DaemonThreads(SCENE_FILES_THREAD));
        previewRenderer = PreviewRenderThread.start();
        viewModel = new MainViewModel(SceneLoader.standard(), SceneSaver.standard(),
                new ExecutorBackgroundTasks(sceneFiles, Platform::runLater), previewRenderer, RenderJobs.scheduler(),
                Platform::runLater, JavaPrefsRenderPreferencesStore.forUser(),
                JavaPrefsRecentFilesStore.forUser());
        new MainWindow(viewModel, WindowDialogs.platform(), Platform::exit,
                new ThemeViewModel(JavaPrefsThemeStore.forUser())).showIn(stage);
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, event -> shutDown());
        startupScene(Path.of("")).ifPresent(viewModel::openScene);
    }

    @Override
    public void stop() {
        shutDown();
    }

    /** The window's view model once started; tests drive the running application through it. */
    MainViewModel viewModel() {
        return viewModel;
    }

    /** The sample scene under {@code workingDir}, if it is there. */
    static Optional<Path> startupScene(Path workingDir) {
        Path file = workingDir.resolve(STARTUP_SCENE);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    private void shutDown() {
        if (viewModel != null) {
            viewModel.render().cancel(); // a render's coordinating threads would otherwise keep the JVM alive
        }
        if (previewRenderer != null) {
            previewRenderer.close();
        }
        if (sceneFiles != null) {
            sceneFiles.shutdownNow();
        }
    }
}
