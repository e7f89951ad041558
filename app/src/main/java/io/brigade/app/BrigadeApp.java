package io.brigade.app;

import io.brigade.app.chrome.Problem;
import io.brigade.app.concurrent.DaemonThreads;
import io.brigade.app.concurrent.ExecutorBackgroundTasks;
import io.brigade.app.dialogs.WindowDialogs;
import io.brigade.app.edit.SceneSaver;
import io.brigade.app.files.JavaPrefsRecentFilesStore;
import io.brigade.app.files.Samples;
import io.brigade.app.files.SceneLoader;
import io.brigade.app.files.StartupScene;
import io.brigade.app.recovery.AutosaveViewModel;
import io.brigade.app.recovery.FxRecoveryPrompt;
import io.brigade.app.recovery.RecoveryStore;
import io.brigade.app.recovery.Ticker;
import io.brigade.app.render.JavaPrefsRenderPreferencesStore;
import io.brigade.app.render.RenderJobs;
import io.brigade.app.theme.JavaPrefsThemeStore;
import io.brigade.app.theme.ThemeViewModel;
import io.brigade.app.viewport.PreviewRenderThread;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The Brigade editor: builds its services once, hands them to the window through constructors, and shuts
 * them down when the window closes or the application stops, whichever comes first.
 */
public final class BrigadeApp extends Application {

    /** Reads and writes scene files, one at a time, so a save and a later open never overlap. */
    static final String SCENE_FILES_THREAD = "brigade-scene-files";
    /** Finds what a click in the preview hit, apart from scene files so that a click never waits behind a save. */
    static final String PICK_THREAD = "brigade-pick";

    /** The application's icon, a teapot Brigade rendered (see app/src/dist/icon.scene.json). */
    static final String ICON = "brigade-icon.png";
    /** Names another recovery folder than the user's, so that tests of the whole app never touch it. */
    static final String RECOVERY_DIR_PROPERTY = "brigade.recovery.dir";
    /** How long quitting waits for scene file work already queued, such as deleting the autosave. */
    private static final long SCENE_FILES_DRAIN_SECONDS = 5;

    private ExecutorService sceneFiles;
    private ExecutorService picks;
    private PreviewRenderThread previewRenderer;
    private MainViewModel viewModel;
    private AutosaveViewModel autosave;

    @Override
    public void start(Stage stage) {
        sceneFiles = Executors.newSingleThreadExecutor(new DaemonThreads(SCENE_FILES_THREAD));
        previewRenderer = PreviewRenderThread.start();
        picks = Executors.newSingleThreadExecutor(new DaemonThreads(PICK_THREAD));
        viewModel = new MainViewModel(SceneLoader.standard(), SceneSaver.standard(),
                new ExecutorBackgroundTasks(sceneFiles, Platform::runLater), previewRenderer, RenderJobs.scheduler(),
                Platform::runLater, JavaPrefsRenderPreferencesStore.forUser(),
                JavaPrefsRecentFilesStore.forUser(), new ExecutorBackgroundTasks(picks, Platform::runLater));
        stage.getIcons().add(new Image(Objects.requireNonNull(BrigadeApp.class.getResource(ICON), ICON)
                .toExternalForm()));
        new MainWindow(viewModel, WindowDialogs.platform(), Platform::exit,
                new ThemeViewModel(JavaPrefsThemeStore.forUser())).showIn(stage);
        reportStartUpWhenAsked();
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, event -> shutDown());
        autosave = viewModel.files().enableAutosave(recoveryStore(), Ticker.fx(), Clock.systemDefaultZone());
        autosave.offerRecovery(recovered -> new FxRecoveryPrompt(ZoneId.systemDefault()).ask(stage, recovered),
                        () -> openStartupScene(getParameters().getRaw()));
    }

    @Override
    public void stop() {
        shutDown();
    }

    /** Prints the time to the first painted frame when {@value FirstFrame#REPORT_PROPERTY} asks for it. */
    private static void reportStartUpWhenAsked() {
        String report = System.getProperty(FirstFrame.REPORT_PROPERTY, "");
        if (!report.isBlank()) {
            FirstFrame.report(elapsed -> {
                System.out.println("Brigade: first frame painted " + elapsed.toMillis() + " ms after the start");
                if ("exit".equals(report)) {
                    Platform.exit();
                }
            });
        }
    }

    /** The window's view model once started; tests drive the running application through it. */
    MainViewModel viewModel() {
        return viewModel;
    }

    /** The user's recovery folder, or the one the system property {@value #RECOVERY_DIR_PROPERTY} names (tests). */
    static RecoveryStore recoveryStore() {
        String folder = System.getProperty(RECOVERY_DIR_PROPERTY, "");
        return folder.isBlank() ? RecoveryStore.forUser() : new RecoveryStore(Path.of(folder));
    }

    /**
     * The sample opened at start when the command line names no scene file (see {@link StartupScene}): the
     * installed one, else the repository's under {@code workingDir} (the README runs the app from there), if there.
     */
    public static Optional<Path> startupScene(Path workingDir) {
        return Samples.find(workingDir).startupScene();
    }

    /** Opens the scene the command line names, or the sample; arguments it cannot use are told in the banner. */
    private void openStartupScene(List<String> args) {
        try {
            StartupScene.choose(args, Path.of("")).ifPresent(viewModel.files()::openScene);
        } catch (IllegalArgumentException e) {
            viewModel.showProblem(Problem.of("Could not use the command line", e));
        }
    }

    private void shutDown() {
        if (viewModel != null) {
            viewModel.render().cancel(); // a render's coordinating threads would otherwise keep the JVM alive
        }
        if (autosave != null) {
            autosave.stop(); // a tick after Don't Save would write the changes the user chose to lose
        }
        if (previewRenderer != null) {
            previewRenderer.close();
        }
        if (picks != null) {
            picks.shutdownNow(); // a pick in progress has nothing left to tell
        }
        if (sceneFiles != null) {
            sceneFiles.shutdown();
            try {
                if (!sceneFiles.awaitTermination(SCENE_FILES_DRAIN_SECONDS, TimeUnit.SECONDS)) {
                    sceneFiles.shutdownNow();
                }
            } catch (InterruptedException e) {
                sceneFiles.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
    }
}
