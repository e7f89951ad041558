package io.brigade.app.render;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;

/** The row of finished frames under the render progress; clicking one opens the frame at full size. */
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
        render.thumbnails().addListener((ListChangeListener<FrameThumbnail>) change -> {
            while (change.next()) {
                if (change.wasRemoved()) {
                    row.getChildren().remove(change.getFrom(), change.getFrom() + change.getRemovedSize());
                }
                if (change.wasAdded()) {
                    List<? extends FrameThumbnail> added = change.getAddedSubList();
                    for (int i = 0; i < added.size(); i++) {
                        row.getChildren().add(change.getFrom() + i, button(render, added.get(i)));
                    }
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
