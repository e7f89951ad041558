package io.brigade.app.export;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks where a snapshot goes; tests answer with a file of their own. */
@FunctionalInterface
public interface SnapshotFileChooser {

    /** The PNG file chosen, starting from {@code suggestedName}; empty when the user cancels. */
    Optional<Path> choose(Window owner, String suggestedName);

    /** The platform's own save dialog. */
    static SnapshotFileChooser platform() {
        return (owner, suggestedName) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Save Snapshot As PNG");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG images (*.png)", "*.png"));
            chooser.setInitialFileName(suggestedName);
            return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
        };
    }
}
