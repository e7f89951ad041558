package io.brigade.app.viewport;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The central area: the rendered frame scaled to fit, or a hint while there is none. It tells the view model
 * how much room it has, so the preview is rendered at the size it is shown, up to
 * {@link PreviewSize#MAX_WIDTH}; a larger window shows that enlarged.
 */
public final class PreviewPane {

    static final String PLACEHOLDER_TEXT = "Open a scene to preview it: File > Open Scene... (Ctrl+O)";
    /** Room kept free around the image, so that it does not touch the window's edges. */
    private static final double MARGIN = 12;

    private PreviewPane() {
    }

    public static StackPane create(ViewportViewModel viewport) {
        ImageView view = new ImageView();
        view.setId("preview");
        view.setPreserveRatio(true);
        view.imageProperty().bind(viewport.imageProperty());

        Label empty = new Label(PLACEHOLDER_TEXT, new FontIcon("mdi2m-movie-open-outline"));
        empty.setId("previewPlaceholder");
        empty.getStyleClass().add("preview-placeholder");
        empty.visibleProperty().bind(view.imageProperty().isNull());

        StackPane pane = new StackPane(view, empty);
        pane.setId("previewArea");
        pane.getStyleClass().add("preview-area");
        pane.setPadding(new Insets(MARGIN));
        // The pane's size follows the window, never the image: otherwise the image would hold it open.
        pane.setMinSize(0, 0);
        view.fitWidthProperty().bind(pane.widthProperty().subtract(2 * MARGIN));
        view.fitHeightProperty().bind(pane.heightProperty().subtract(2 * MARGIN));
        pane.widthProperty().addListener(observable -> reportArea(pane, viewport));
        pane.heightProperty().addListener(observable -> reportArea(pane, viewport));
        return pane;
    }

    private static void reportArea(StackPane pane, ViewportViewModel viewport) {
        viewport.areaResized(pane.getWidth() - 2 * MARGIN, pane.getHeight() - 2 * MARGIN);
    }
}
