package io.brigade.app.dialogs;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** Asks where to save a scene; an interface so window tests can answer without a native dialog. */
@FunctionalInterface
public interface SaveFileChooser {

    /** Shows the question modal to {@code owner}, starting at {@code suggested}; empty when the user cancels. */
    Optional<Path> chooseSaveFile(Window owner, Path suggested);
}
