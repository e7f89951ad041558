package io.brigade.app.dialogs;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** Asks for the folder a render writes its frames into; an interface so tests can answer. */
@FunctionalInterface
public interface OutputFolderChooser {

    /** Shows the question modal to {@code owner}, starting near {@code suggested}; empty when the user cancels. */
    Optional<Path> chooseOutputFolder(Window owner, Path suggested);
}
