package io.brigade.app;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;

/** The central area: the frame on show, scaled to fit, or a hint while there is none. */
final class PreviewPane {

    private PreviewPane() {
    }

    static StackPane create(ObservableValue<Image> preview) {
        ImageView view = new ImageView();
        view.setId("preview");
        view.setPreserveRatio(true);
        view.setSmooth(false);
        view.imageProperty().bind(preview);

        Label empty = new Label("No frame rendered yet");
        empty.setId("previewPlaceholder");
        empty.visibleProperty().bind(view.imageProperty().isNull());

        StackPane pane = new StackPane(view, empty);
        pane.setId("previewArea");
        // The pane's size follows the window, never the image: otherwise the fitted image would hold it open.
        pane.setMinSize(0, 0);
        view.fitWidthProperty().bind(pane.widthProperty());
        view.fitHeightProperty().bind(pane.heightProperty());
        return pane;
    }
}
