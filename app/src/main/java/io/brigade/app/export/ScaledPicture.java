package io.brigade.app.export;

import javafx.scene.Node;
import javafx.scene.image.WritableImage;

/**
 * How a snapshot target makes its picture at a scale. Most targets are taken with {@link NodeSnapshots#take}, which
 * redraws vector nodes sharply; a chart drawn on a canvas supplies its own, drawn again at the scale, since a
 * snapshot of a canvas only enlarges its pixels. Use on the FX thread.
 */
@FunctionalInterface
public interface ScaledPicture {

    /** The picture of {@code node}, exactly {@code scale} times its size on screen. */
    WritableImage take(Node node, SnapshotScale scale);
}
