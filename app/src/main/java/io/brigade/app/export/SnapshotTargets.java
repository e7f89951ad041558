package io.brigade.app.export;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;

/**
 * The named parts of the user interface the Snapshot menu offers, in the order they were registered. A feature
 * adds its own with one line, e.g. {@code snapshots.register("workerTimeline", "Worker Timeline", lanes)}; the
 * menu follows. Use on the FX thread.
 */
public final class SnapshotTargets {

    private final ObservableList<SnapshotTarget> targets = FXCollections.observableArrayList();
    private final ObservableList<SnapshotTarget> targetsView = FXCollections.unmodifiableObservableList(targets);

    /** Adds a node that is always there, such as the main window's viewport. */
    public void register(String id, String name, Node node) {
        register(id, name, () -> Optional.of(node));
    }

    /** Adds a node that may come and go, such as a chart in a window of its own; empty while there is none. */
    public void register(String id, String name, Supplier<Optional<Node>> node) {
        register(new SnapshotTarget(id, name, node));
    }

    /** Adds a node that draws its own picture at a scale, such as a chart on a canvas; see {@link ScaledPicture}. */
    public void register(String id, String name, Node node, ScaledPicture picture) {
        register(new SnapshotTarget(id, name, () -> Optional.of(node), picture));
    }

    private void register(SnapshotTarget target) {
        if (targets.stream().anyMatch(registered -> registered.id().equals(target.id()))) {
            throw new IllegalArgumentException("a snapshot target '" + target.id() + "' is registered already");
        }
        targets.add(target);
    }

    public ObservableList<SnapshotTarget> targets() {
        return targetsView;
    }
}
