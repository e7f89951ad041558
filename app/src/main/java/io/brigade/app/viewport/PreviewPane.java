package io.brigade.app.viewport;

import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The central area: the rendered frame scaled to fit, or a hint while there is none. It tells the view model
 * how much room it has, so the preview is rendered at the size it is shown, up to
 * {@link PreviewSize#MAX_WIDTH}; a larger window shows that enlarged.
 *
 * <p>Dragging with the left button orbits the view, with the middle button or Shift+left it pans, the wheel
 * zooms; a left click that does not move picks the object under the pointer. A button in the corner goes
 * back to the scene's camera.
 */
public final class PreviewPane {

    static final String PLACEHOLDER_TEXT = "Open a scene to preview it: File > Open Scene... (Ctrl+O)";
    static final String SCENE_CAMERA_TEXT = "Scene Camera";
    /** Room kept free around the image, so that it does not touch the window's edges. */
    private static final double MARGIN = 12;
    /** Wheel pixels per notch where the platform does not say. */
    private static final double DEFAULT_PIXELS_PER_NOTCH = 40;

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

        StackPane pane = new StackPane(view, empty, sceneCameraButton(viewport));
        pane.setId("previewArea");
        pane.getStyleClass().add("preview-area");
        pane.setPadding(new Insets(MARGIN));
        // The pane's size follows the window, never the image: otherwise the image would hold it open.
        pane.setMinSize(0, 0);
        view.fitWidthProperty().bind(pane.widthProperty().subtract(2 * MARGIN));
        view.fitHeightProperty().bind(pane.heightProperty().subtract(2 * MARGIN));
        pane.widthProperty().addListener(observable -> reportArea(pane, viewport));
        pane.heightProperty().addListener(observable -> reportArea(pane, viewport));
        new Navigation(viewport, view).install(pane);
        return pane;
    }

    /** Top right: back to the scene's camera, usable once the view has moved away from it. */
    private static Button sceneCameraButton(ViewportViewModel viewport) {
        Button button = new Button(SCENE_CAMERA_TEXT, new FontIcon("mdi2c-camera-outline"));
        button.setId("sceneCameraButton");
        button.getStyleClass().add("viewport-button");
        button.setTooltip(new Tooltip("View through the scene's camera (Home)"));
        button.setFocusTraversable(false);
        button.disableProperty().bind(viewport.throughSceneCameraProperty());
        button.visibleProperty().bind(viewport.imageProperty().isNotNull());
        button.setOnAction(event -> viewport.viewThroughSceneCamera());
        StackPane.setAlignment(button, Pos.TOP_RIGHT);
        StackPane.setMargin(button, new Insets(MARGIN));
        return button;
    }

    private static void reportArea(StackPane pane, ViewportViewModel viewport) {
        viewport.areaResized(pane.getWidth() - 2 * MARGIN, pane.getHeight() - 2 * MARGIN);
    }

    /** Turns the pointer's presses, drags and the wheel into the view model's navigation and clicks. */
    private static final class Navigation {

        /** A press that moves less than this many pixels before release is a click, not a drag. */
        static final double DRAG_THRESHOLD = 4;

        private final ViewportViewModel viewport;
        private final ImageView picture;
        private boolean panning;
        private boolean dragging;
        private boolean pressed;
        private double pressX;
        private double pressY;
        private double lastX;
        private double lastY;

        Navigation(ViewportViewModel viewport, ImageView picture) {
            this.viewport = viewport;
            this.picture = picture;
        }

        void install(StackPane pane) {
            pane.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
            pane.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
            pane.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
            pane.addEventHandler(ScrollEvent.SCROLL, event -> {
                double perNotch = event.getMultiplierY() > 0 ? event.getMultiplierY() : DEFAULT_PIXELS_PER_NOTCH;
                viewport.dolly(event.getDeltaY() / perNotch);
                event.consume();
            });
        }

        private void pressed(MouseEvent event) {
            Object source = event.getSource();
            if (event.getButton() != MouseButton.PRIMARY && event.getButton() != MouseButton.MIDDLE
                    || event.getTarget() != source && event.getTarget() != picture) {
                return; // another button, or a press on the corner button
            }
            ((StackPane) source).requestFocus(); // takes the focus from a text field, so Home is the view's
            pressed = true;
            dragging = false;
            panning = event.getButton() == MouseButton.MIDDLE || event.isShiftDown();
            pressX = event.getSceneX();
            pressY = event.getSceneY();
            lastX = pressX;
            lastY = pressY;
        }

        private void dragged(MouseEvent event) {
            if (!pressed) {
                return;
            }
            if (!dragging && Math.hypot(event.getSceneX() - pressX, event.getSceneY() - pressY) < DRAG_THRESHOLD) {
                return;
            }
            dragging = true;
            picture.setCursor(panning ? Cursor.MOVE : Cursor.CLOSED_HAND);
            double dx = event.getSceneX() - lastX;
            double dy = event.getSceneY() - lastY;
            lastX = event.getSceneX();
            lastY = event.getSceneY();
            if (panning) {
                double height = Math.max(1, picture.getLayoutBounds().getHeight());
                viewport.pan(dx / height, dy / height);
            } else {
                viewport.orbit(dx, dy);
            }
        }

        private void released(MouseEvent event) {
            if (!pressed) {
                return;
            }
            pressed = false;
            picture.setCursor(null);
            if (!dragging && event.getButton() == MouseButton.PRIMARY) {
                Point2D point = picture.sceneToLocal(event.getSceneX(), event.getSceneY());
                Bounds shown = picture.getLayoutBounds();
                viewport.click((point.getX() - shown.getMinX()) / shown.getWidth(),
                        (point.getY() - shown.getMinY()) / shown.getHeight());
            }
        }
    }
}
