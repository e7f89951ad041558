package io.brigade.app.render;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * The row of the render's frames under its progress, in frame order: each finished frame's thumbnail, an empty
 * frame for each still to come. Clicking a thumbnail opens the frame at full size.
 */
final class ThumbnailStrip {

    /** Thumbnails show at this height whatever the frame's aspect, so that the strip keeps one height. */
    private static final double THUMBNAIL_HEIGHT = 54;
    /** Room for a thumbnail with its border and the horizontal scroll bar, reserved from the start. */
    private static final double STRIP_HEIGHT = 76;

    private ThumbnailStrip() {
    }

    static ScrollPane create(RenderViewModel render) {
        HBox row = new HBox();
        row.setId("renderThumbnails");
        row.getStyleClass().add("render-thumbnails");
        render.frameSlots().addListener((ListChangeListener<FrameSlot>) change -> {
            while (change.next()) {
                if (change.wasReplaced() && change.getRemovedSize() == change.getAddedSize()) {
                    for (int i = change.getFrom(); i < change.getTo(); i++) {
                        row.getChildren().set(i, slot(render, change.getList().get(i)));
                    }
                } else {
                    row.getChildren().setAll(change.getList().stream().map(slot -> slot(render, slot)).toList());
                }
            }
        });
        ScrollPane strip = new ScrollPane(row);
        strip.setId("renderThumbnailStrip");
        strip.getStyleClass().add("render-thumbnail-strip");
        strip.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        strip.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        strip.setFitToHeight(true);
        // The strip keeps its height while it fills, so nothing in the panel moves when the first frame lands.
        strip.setMinHeight(STRIP_HEIGHT);
        strip.setPrefHeight(STRIP_HEIGHT);
        strip.setMaxHeight(STRIP_HEIGHT);
        return strip;
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
