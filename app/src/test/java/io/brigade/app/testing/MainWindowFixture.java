package io.brigade.app.testing;

import io.brigade.app.MainViewModel;
import io.brigade.app.MainWindow;
import io.brigade.app.dialogs.WindowDialogs;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.service.query.NodeQuery;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real main window on a window test's stage, with the services it runs on: what each window test sets up,
 * waits for and shuts down. Its lookups search this window only: in the full suite an earlier test may have left
 * another window open, and {@code robot.lookup} searches them all.
 */
public final class MainWindowFixture {

    private final Stage stage;
    private final WindowServices services;

    private MainWindowFixture(Stage stage, WindowServices services) {
        this.stage = stage;
        this.services = services;
    }

    /** Shows the main window with these dialogs on the stage; asking the application to quit does nothing. */
    public static MainWindowFixture show(Stage stage, WindowDialogs dialogs) {
        return show(stage, viewModel -> new MainWindow(viewModel, dialogs, () -> { }));
    }

    /** Shows the window that {@code window} builds on the view model of fresh services. */
    public static MainWindowFixture show(Stage stage, Function<MainViewModel, MainWindow> window) {
        WindowServices services = new WindowServices();
        window.apply(services.viewModel()).showIn(stage);
        return new MainWindowFixture(stage, services);
    }

    public MainViewModel viewModel() {
        return services.viewModel();
    }

    /** Starts opening a scene file, as File > Open does once the file is chosen. */
    public MainWindowFixture opening(Path sceneFile) {
        viewModel().files().openScene(sceneFile);
        return this;
    }

    /** Waits for the opened scene, then for the rest of the opening (recent files, timeline) on the FX thread. */
    public void waitForTheScene(long noHangSeconds) throws TimeoutException {
        WaitForAsyncUtils.waitFor(noHangSeconds, TimeUnit.SECONDS, () -> viewModel().sceneProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Looks up nodes in this window only. */
    public NodeQuery lookup(FxRobot robot, String query) {
        return robot.from(stage.getScene().getRoot()).lookup(query);
    }

    /** Closes every other stage the test opened (dialogs, frame windows), then stops the services. */
    public void shutDown() throws InterruptedException, ExecutionException, TimeoutException {
        OpenStages.closeAllBut(stage);
        services.shutDown();
    }
}
