package io.brigade.app;

import io.brigade.app.concurrent.DaemonThreads;
import io.brigade.app.concurrent.ExecutorBackgroundTasks;
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
    static final String SCENE_LOADER_THREAD = "brigade-scene-loader";

    private ExecutorService sceneLoading;
    private PreviewRenderThread previewRenderer;

    @Override
    public void start(Stage stage) {
        sceneLoading = Executors.newSingleThreadExecutor(new DaemonThreads(SCENE_LOADER_THREAD));
        previewRenderer = PreviewRenderThread.start();
        MainViewModel viewModel = new MainViewModel(SceneLoader.standard(),
                new ExecutorBackgroundTasks(sceneLoading, Platform::runLater), previewRenderer, Platform::runLater);
        new MainWindow(viewModel, new FxSceneFileChooser(), Platform::exit).showIn(stage);
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, event -> shutDown());
        startupScene(Path.of("")).ifPresent(viewModel::openScene);
    }

    @Override
    public void stop() {
        shutDown();
    }

    /** The sample scene under {@code workingDir}, if it is there. */
    static Optional<Path> startupScene(Path workingDir) {
        Path file = workingDir.resolve(STARTUP_SCENE);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    private void shutDown() {
        if (previewRenderer != null) {
            previewRenderer.close();
        }
        if (sceneLoading != null) {
            sceneLoading.shutdownNow();
        }
    }
}
