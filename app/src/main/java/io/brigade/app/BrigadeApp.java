package io.brigade.app;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/** The Brigade editor: builds its services once and hands them to the window through constructors. */
public final class BrigadeApp extends Application {

    @Override
    public void start(Stage stage) {
        MainViewModel viewModel = new MainViewModel();
        SceneFileChooser sceneFileChooser = new FxSceneFileChooser();
        new MainWindow(viewModel, sceneFileChooser, Platform::exit).showIn(stage);
    }
}
