package io.brigade.app.testing;

import io.brigade.app.MainViewModel;
import io.brigade.app.concurrent.DaemonThreads;
import io.brigade.app.concurrent.ExecutorBackgroundTasks;
import io.brigade.app.dialogs.RenderRunningPrompt;
import io.brigade.app.dialogs.SceneFileChooser;
import io.brigade.app.dialogs.WindowDialogs;
import io.brigade.app.edit.SceneSaver;
import io.brigade.app.files.RecentFilesStore;
import io.brigade.app.files.SceneLoader;
import io.brigade.app.render.InMemoryRenderPreferencesStore;
import io.brigade.app.render.RenderJobs;
import io.brigade.app.viewport.PreviewRenderThread;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/** The services a window test runs the real window on, as {@code BrigadeApp} builds them, and their shutdown. */
public final class WindowServices {

    private static final long SHUTDOWN_MILLIS = 30_000;

    private final ExecutorService sceneLoading = Executors.newSingleThreadExecutor(new DaemonThreads("test-scene-loader"));
    private final ExecutorService picking = Executors.newSingleThreadExecutor(new DaemonThreads("test-pick"));
    private final PreviewRenderThread previewRenderer = PreviewRenderThread.start();
    private final MainViewModel viewModel = new MainViewModel(SceneLoader.standard(), SceneSaver.standard(),
            new ExecutorBackgroundTasks(sceneLoading, Platform::runLater), previewRenderer, RenderJobs.scheduler(),
            Platform::runLater, new InMemoryRenderPreferencesStore(), RecentFilesStore.inMemory(),
            new ExecutorBackgroundTasks(picking, Platform::runLater));

    public MainViewModel viewModel() {
        return viewModel;
    }

    /** Dialogs that open {@code open} when asked for a scene and fail the test if asked anything else. */
    public static WindowDialogs dialogsOpening(SceneFileChooser open) {
        return new WindowDialogs(open, (owner, suggested) -> {
            throw new AssertionError("unexpected Save As dialog");
        }, (owner, sceneName) -> {
            throw new AssertionError("unexpected unsaved-changes prompt for " + sceneName);
        }, (owner, suggested) -> {
            throw new AssertionError("unexpected render folder dialog");
        }, (owner, suggested) -> {
            throw new AssertionError("unexpected still file dialog");
        }, owner -> {
            throw new AssertionError("unexpected running-render prompt");
        }, owner -> {
            throw new AssertionError("unexpected OBJ import dialog");
        });
    }

    /** Stops the threads and waits for them, so that no test sees another's threads. */
    public void shutDown() throws InterruptedException {
        viewModel.render().cancel();
        previewRenderer.close();
        sceneLoading.shutdownNow();
        picking.shutdownNow();
        if (!previewRenderer.awaitTermination(SHUTDOWN_MILLIS)
                || !sceneLoading.awaitTermination(SHUTDOWN_MILLIS, TimeUnit.MILLISECONDS)
                || !picking.awaitTermination(SHUTDOWN_MILLIS, TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("window test services did not stop");
        }
    }
}
