package io.brigade.app.export;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;

/**
 * A part of the user interface that can be taken as a picture: its menu id, its name, the node on show (none while
 * it is not showing, say a window not yet opened), and how its picture is made at a scale.
 */
public record SnapshotTarget(String id, String name, Supplier<Optional<Node>> node, ScaledPicture picture) {

    public SnapshotTarget {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(picture, "picture");
    }

    /** A target whose picture is a snapshot of its node. */
    public SnapshotTarget(String id, String name, Supplier<Optional<Node>> node) {
        this(id, name, node, NodeSnapshots::take);
    }

    /** The node when it is in a showing window. */
    public Optional<Node> showingNode() {
        return node.get().filter(shown -> shown.getScene() != null && shown.getScene().getWindow() != null
                && shown.getScene().getWindow().isShowing());
    }
}
