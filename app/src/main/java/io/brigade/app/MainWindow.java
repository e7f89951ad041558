package io.brigade.app;

import java.util.Objects;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;

/** The editor's main window: menu on top, the preview in the middle, the status line at the bottom. */
public final class MainWindow {

    static final String TITLE = "Brigade";
    private static final double WIDTH = 1200;
    private static final double HEIGHT = 800;

    private final MainViewModel viewModel;
    private final SceneFileChooser sceneFileChooser;
    private final Runnable quit;

    /** {@code quit} ends the application; the window takes it as given so tests can observe it. */
    public MainWindow(MainViewModel viewModel, SceneFileChooser sceneFileChooser, Runnable quit) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.sceneFileChooser = Objects.requireNonNull(sceneFileChooser, "sceneFileChooser");
        this.quit = Objects.requireNonNull(quit, "quit");
    }

    /** Builds the window's content into {@code stage} and shows it. */
    public void showIn(Stage stage) {
        BorderPane root = new BorderPane();
        root.setId("mainWindow");
        root.setTop(MainMenu.create(() -> openScene(stage), quit));
        root.setCenter(PreviewPane.create(viewModel.previewProperty()));
        root.setBottom(statusBar());

        stage.setTitle(TITLE);
        stage.setScene(new Scene(root, WIDTH, HEIGHT));
        stage.show();
    }

    private void openScene(Stage owner) {
        sceneFileChooser.chooseSceneFile(owner).ifPresent(viewModel::sceneFileChosen);
    }

    private StatusBar statusBar() {
        StatusBar bar = new StatusBar();
        bar.setId("statusBar");
        bar.textProperty().bind(viewModel.statusTextProperty());
        return bar;
    }
}
