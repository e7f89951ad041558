package io.brigade.app.export;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;

/**
 * A part of the user interface that can be taken as a picture: its menu id, its name, and the node on show
 * (none while it is not showing, say a window not yet opened).
 */
public record SnapshotTarget(String id, String name, Supplier<Optional<Node>> node) {

    public SnapshotTarget {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(node, "node");
    }

    /** The node when it is in a showing window. */
    public Optional<Node> showingNode() {
        return node.get().filter(shown -> shown.getScene() != null && shown.getScene().getWindow() != null
                && shown.getScene().getWindow().isShowing());
    }
}
