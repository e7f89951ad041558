package io.brigade.app.dialogs;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/** Picks a render's output folder with the platform's own folder dialog. */
public final class FxOutputFolderChooser implements OutputFolderChooser {

    @Override
    public Optional<Path> chooseOutputFolder(Window owner, Path suggested) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Render Animation Into");
        // The suggestion may not exist yet: start at the nearest folder that does.
        for (Path folder = suggested == null ? null : suggested.toAbsolutePath(); folder != null;
             folder = folder.getParent()) {
            if (Files.isDirectory(folder)) {
                chooser.setInitialDirectory(folder.toFile());
                break;
            }
        }
        File chosen = chooser.showDialog(owner);
        return Optional.ofNullable(chosen).map(File::toPath);
    }
}
