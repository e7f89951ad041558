package io.brigade.app.dialogs;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Picks a scene file with the platform's own file dialog. */
public final class FxSceneFileChooser implements SceneFileChooser {

    @Override
    public Optional<Path> chooseSceneFile(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open Scene");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Brigade scenes (*.scene.json)", "*.scene.json"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File chosen = chooser.showOpenDialog(owner);
        return Optional.ofNullable(chosen).map(File::toPath);
    }
}
