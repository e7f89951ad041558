package io.brigade.app.dialogs;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Picks an OBJ model to import with the platform's own file dialog. */
public final class FxObjFileChooser implements SceneFileChooser {

    @Override
    public Optional<Path> chooseSceneFile(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import OBJ");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("OBJ models (*.obj)", "*.obj"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File chosen = chooser.showOpenDialog(owner);
        return Optional.ofNullable(chosen).map(File::toPath);
    }
}
