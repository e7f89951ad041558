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

    /** One frame's place: its thumbnail, or an empty frame while it is still to come. */
    private static final class SlotCell extends ListCell<FrameSlot> {
        private final RenderViewModel render;

        SlotCell(RenderViewModel render) {
            this.render = render;
            getStyleClass().add("render-thumbnail-cell");
        }

        @Override
        protected void updateItem(FrameSlot slot, boolean empty) {
            super.updateItem(slot, empty);
            setText(null);
            setGraphic(empty || slot == null ? null : slot(render, slot));
        }
    }

    private static Node slot(RenderViewModel render, FrameSlot slot) {
        return slot.thumbnail().<Node>map(thumbnail -> button(render, thumbnail))
                .orElseGet(() -> placeholder(slot.frame(), render.frameAspect()));
    }

    /** A frame still to come: an empty frame of the thumbnail's size, so that the finished ones keep their place. */
    private static Node placeholder(int frame, double aspect) {
        Region picture = new Region();
        picture.setPrefSize(THUMBNAIL_HEIGHT * aspect, THUMBNAIL_HEIGHT);
        picture.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        picture.getStyleClass().add("render-thumbnail-waiting-picture");
        StackPane placeholder = new StackPane(picture);
        placeholder.setId("renderThumbnailWaiting" + frame);
        placeholder.getStyleClass().add("render-thumbnail-waiting");
        // No tooltip: a render lays out every placeholder in one pulse at its start, and each tooltip is a popup.
        return placeholder;
    }

    private static Button button(RenderViewModel render, FrameThumbnail thumbnail) {
        ImageView picture = new ImageView(image(thumbnail));
        picture.setFitHeight(THUMBNAIL_HEIGHT);
        picture.setPreserveRatio(true);
        picture.setSmooth(true);
        Button button = new Button(null, picture);
        button.setId("renderThumbnail" + thumbnail.frame());
        button.getStyleClass().add("render-thumbnail");
        button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        button.setTooltip(new Tooltip("Frame " + thumbnail.frame()));
        button.setOnAction(event -> render.frameFile(thumbnail.frame()).ifPresent(file ->
                FrameWindow.show(button.getScene().getWindow(), thumbnail.frame(), file)));
        return button;
    }

    private static WritableImage image(FrameThumbnail thumbnail) {
        WritableImage image = new WritableImage(thumbnail.width(), thumbnail.height());
        image.getPixelWriter().setPixels(0, 0, thumbnail.width(), thumbnail.height(),
                PixelFormat.getIntArgbInstance(), thumbnail.copyPixels(), 0, thumbnail.width());
        return image;
    }
}
