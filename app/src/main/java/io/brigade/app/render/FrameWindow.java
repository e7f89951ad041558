package io.brigade.app.render;

import io.brigade.engine.io.FileProblems;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A window with one rendered frame at full size, read from the file the render wrote. One window per file: asking
 * again (a double-click is two clicks) brings the open one to the front. Esc or Shortcut+W closes it.
 */
final class FrameWindow {

    private static final double MAX_WIDTH = 1280;
    private static final double MAX_HEIGHT = 800;
    private static final KeyCombination CLOSE = KeyCombination.keyCombination("Shortcut+W");
    /** The windows open now, by file; touched on the FX thread only. */
    private static final Map<Path, Stage> OPEN = new HashMap<>();

    private FrameWindow() {
    }

    /** Opens the window at once, or brings the file's open one to the front. */
    static Stage show(Window owner, int frame, Path file) {
        Stage open = OPEN.get(file);
        if (open != null) {
            open.toFront();
            open.requestFocus();
            return open;
        }
        Stage stage = create(owner, frame, file);
        OPEN.put(file, stage);
        stage.setOnHidden(event -> OPEN.remove(file, stage));
        stage.show();
        return stage;
    }

    /** The image loads in the background and a failure to read it is shown in the window. */
    private static Stage create(Window owner, int frame, Path file) {
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
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE || CLOSE.match(event)) {
                event.consume();
                stage.close();
            }
        });
        stage.setScene(scene);
        return stage;
    }
}
