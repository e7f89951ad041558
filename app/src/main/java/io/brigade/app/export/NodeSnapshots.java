package io.brigade.app.export;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;

/**
 * Pictures of nodes for slides. The scale goes into {@link Node#snapshot} as a transform, so text and lines are
 * drawn at the higher resolution rather than an image enlarged: a 2x picture is as sharp as a 2x screen. Use on
 * the FX thread.
 */
public final class NodeSnapshots {

    /** The style class of the caption strip under a picture, styled by the theme's stylesheets. */
    public static final String CAPTION_STYLE_CLASS = "snapshot-caption";

    private NodeSnapshots() {
    }

    /** {@code node} as it is on screen, {@code scale} image pixels per screen pixel, with its background colour. */
    public static WritableImage take(Node node, SnapshotScale scale) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(Transform.scale(scale.factor(), scale.factor()));
        parameters.setFill(background(node));
        Bounds bounds = node.getLayoutBounds();
        // Whole pixels at the scale: the picture is exactly scale times the node's size on screen.
        int width = (int) Math.ceil(bounds.getWidth()) * scale.factor();
        int height = (int) Math.ceil(bounds.getHeight()) * scale.factor();
        return node.snapshot(parameters, new WritableImage(Math.max(1, width), Math.max(1, height)));
    }

    /**
     * {@code picture} with {@code caption} drawn in a strip under it, as wide as the picture, in the look of
     * {@code stylesheets} at the same scale; the picture itself when the caption is blank.
     */
    public static WritableImage withCaption(Image picture, String caption, SnapshotScale scale,
                                            List<String> stylesheets) {
        if (caption == null || caption.isBlank()) {
            return copy(picture);
        }
        int width = (int) picture.getWidth();
        StackPane strip = captionStrip(caption, (double) width / scale.factor(), stylesheets);
        WritableImage below = take(strip, scale);
        int stripHeight = (int) below.getHeight();
        WritableImage both = new WritableImage(width, (int) picture.getHeight() + stripHeight);
        copyInto(picture, both, 0);
        copyInto(below, both, (int) picture.getHeight());
        return both;
    }

    /** The height in screen pixels of the strip {@code caption} adds under a picture {@code width} wide; 0 for none. */
    public static double captionHeight(String caption, double width, List<String> stylesheets) {
        return caption == null || caption.isBlank() ? 0 : captionStrip(caption, width, stylesheets).getHeight();
    }

    private static StackPane captionStrip(String caption, double stripWidth, List<String> stylesheets) {
        Label text = new Label(caption.strip());
        text.setWrapText(true);
        StackPane strip = new StackPane(text);
        strip.getStyleClass().add(CAPTION_STYLE_CLASS);
        strip.setPrefWidth(stripWidth);
        strip.setMaxWidth(stripWidth);
        Scene offscreen = new Scene(strip);
        offscreen.getStylesheets().setAll(stylesheets);
        strip.applyCss();
        strip.resize(stripWidth, strip.prefHeight(stripWidth));
        strip.layout();
        return strip;
    }

    /** The pixels of {@code image}, row by row from the top-left, as ARGB. */
    public static int[] argb(Image image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        return pixels;
    }

    private static WritableImage copy(Image image) {
        WritableImage copy = new WritableImage((int) image.getWidth(), (int) image.getHeight());
        copyInto(image, copy, 0);
        return copy;
    }

    /** Copies at most the width of {@code into}, from row {@code top} down. */
    private static void copyInto(Image from, WritableImage into, int top) {
        PixelReader reader = from.getPixelReader();
        int width = (int) Math.min(from.getWidth(), into.getWidth());
        into.getPixelWriter().setPixels(0, top, width, (int) from.getHeight(), reader, 0, 0);
    }

    /** The scene's fill behind a node, so transparent parts look as they do on screen. */
    private static Color background(Node node) {
        if (node.getScene() != null && node.getScene().getFill() instanceof Color fill) {
            return fill;
        }
        return Color.WHITE;
    }
}
