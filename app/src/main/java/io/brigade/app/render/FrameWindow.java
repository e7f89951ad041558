package io.brigade.app.render;

import io.brigade.engine.io.FileProblems;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/** A window with one rendered frame at full size, read from the file the render wrote. */
final class FrameWindow {

    private static final double MAX_WIDTH = 1280;
    private static final double MAX_HEIGHT = 800;

    private FrameWindow() {
    }

    /** Opens the window at once; the image loads in the background and a failure to read it is shown in it. */
    static Stage show(Window owner, int frame, Path file) {
        Image image = new Image(file.toUri().toString(), true);
        ImageView view = new ImageView(image);
        view.setId("frameWindowImage");
        Label problem = new Label();
        problem.setId("frameWindowProblem");
        problem.getStyleClass().add("frame-window-problem");
        problem.visibleProperty().bind(image.errorProperty());
        image.exceptionProperty().addListener((observable, old, failure) -> problem.setText(
                "Cannot show frame " + frame + " from " + file + ": " + FileProblems.describe(failure)));
        StackPane content = new StackPane(view, problem);
        content.getStyleClass().add("frame-window");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);

        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Frame " + frame + " \u2014 " + file.getFileName());
        Scene scene = new Scene(scroll, MAX_WIDTH / 2, MAX_HEIGHT / 2);
        scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        image.progressProperty().addListener((observable, old, loaded) -> {
            if (loaded.doubleValue() >= 1 && !image.isError()) {
                stage.setWidth(Math.min(MAX_WIDTH, image.getWidth() + 2));
                stage.setHeight(Math.min(MAX_HEIGHT, image.getHeight() + 32));
            }
        });
        stage.setScene(scene);
        stage.show();
        return stage;
    }
}
