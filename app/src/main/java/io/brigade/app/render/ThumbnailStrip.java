package io.brigade.app.render;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * The row of the render's frames under its progress, in frame order: each finished frame's thumbnail, an empty
 * frame for each still to come. Clicking a thumbnail opens the frame at full size. The row is a virtualized list,
 * so a render of 50,000 frames makes nodes only for the few frames in view.
 */
final class ThumbnailStrip {

    /** Thumbnails show at this height whatever the frame's aspect, so that the strip keeps one height. */
    private static final double THUMBNAIL_HEIGHT = 54;
    /** Room for a thumbnail with its border and the horizontal scroll bar, reserved from the start. */
    private static final double STRIP_HEIGHT = 76;

    private ThumbnailStrip() {
    }

    static ListView<FrameSlot> create(RenderViewModel render) {
        ListView<FrameSlot> strip = new ListView<>(render.frameSlots());
        strip.setId("renderThumbnailStrip");
        strip.getStyleClass().add("render-thumbnail-strip");
        strip.setOrientation(Orientation.HORIZONTAL);
        strip.setFocusTraversable(false);
        strip.setCellFactory(list -> new SlotCell(render));
        // The strip keeps its height while it fills, so nothing in the panel moves when the first frame lands.
        strip.setMinHeight(STRIP_HEIGHT);
        strip.setPrefHeight(STRIP_HEIGHT);
        strip.setMaxHeight(STRIP_HEIGHT);
        return strip;
    }

    /**
     * One frame's place: its thumbnail, or an empty frame while it is still to come. A cell keeps its nodes and
     * only changes what they show: a render replaces a slot with every frame it finishes, and new nodes each
     * time would cost the UI thread a style and layout pass per visible cell, in the pulse the frame lands.
     */
    private static final class SlotCell extends ListCell<FrameSlot> {
        private final RenderViewModel render;
        private final Region waitingPicture = new Region();
        private final StackPane waiting = new StackPane(waitingPicture);
        private final ImageView picture = new ImageView();
        private final Button button = new Button(null, picture);
        private final Tooltip tooltip = new Tooltip();
        private FrameThumbnail shown;

        SlotCell(RenderViewModel render) {
            this.render = render;
            getStyleClass().add("render-thumbnail-cell");
            waitingPicture.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
            waitingPicture.getStyleClass().add("render-thumbnail-waiting-picture");
            // No tooltip: a render lays out every placeholder in one pulse at its start, and each tooltip is a popup.
            waiting.getStyleClass().add("render-thumbnail-waiting");
            picture.setFitHeight(THUMBNAIL_HEIGHT);
            picture.setPreserveRatio(true);
            picture.setSmooth(true);
            button.getStyleClass().add("render-thumbnail");
            button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            button.setTooltip(tooltip);
            button.setOnAction(event -> {
                int frame = shown.frame();
                render.frameFile(frame).ifPresent(file -> FrameWindow.show(button.getScene().getWindow(), frame, file));
            });
        }

        @Override
        protected void updateItem(FrameSlot slot, boolean empty) {
            super.updateItem(slot, empty);
            setText(null);
            if (empty || slot == null) {
                setGraphic(null);
            } else if (slot.thumbnail().isPresent()) {
                setGraphic(show(slot.thumbnail().get()));
            } else {
                setGraphic(showWaiting(slot.frame()));
            }
        }

        private Node show(FrameThumbnail thumbnail) {
            if (thumbnail != shown) {
                shown = thumbnail;
                picture.setImage(image(thumbnail));
                button.setId("renderThumbnail" + thumbnail.frame());
                tooltip.setText("Frame " + thumbnail.frame());
            }
            return button;
        }

        /** A frame still to come: an empty frame of the thumbnail's size, so that the finished ones keep their place. */
        private Node showWaiting(int frame) {
            waitingPicture.setPrefSize(THUMBNAIL_HEIGHT * render.frameAspect(), THUMBNAIL_HEIGHT);
            waiting.setId("renderThumbnailWaiting" + frame);
            return waiting;
        }
    }

    private static WritableImage image(FrameThumbnail thumbnail) {
        WritableImage image = new WritableImage(thumbnail.width(), thumbnail.height());
        image.getPixelWriter().setPixels(0, 0, thumbnail.width(), thumbnail.height(),
                PixelFormat.getIntArgbInstance(), thumbnail.copyPixels(), 0, thumbnail.width());
        return image;
    }
}
