package io.brigade.app.dialogs;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Picks where to save a rendered still with the platform's own file dialog. */
public final class FxPngFileChooser implements SaveFileChooser {

    @Override
    public Optional<Path> chooseSaveFile(Window owner, Path suggested) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save Still As PNG");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG images (*.png)", "*.png"));
        if (suggested != null) {
            Path folder = suggested.toAbsolutePath().getParent();
            if (folder != null && folder.toFile().isDirectory()) {
                chooser.setInitialDirectory(folder.toFile());
            }
            chooser.setInitialFileName(suggested.getFileName().toString());
        }
        File chosen = chooser.showSaveDialog(owner);
        return Optional.ofNullable(chosen).map(File::toPath);
    }
}
