package io.brigade.app.dialogs;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** Asks the user for a scene file; an interface so window tests can answer without a native dialog. */
@FunctionalInterface
public interface SceneFileChooser {

    /** Shows the question modal to {@code owner} on the FX thread; empty when the user cancels. */
    Optional<Path> chooseSceneFile(Window owner);
}
