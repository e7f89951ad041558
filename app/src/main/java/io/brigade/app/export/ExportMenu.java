package io.brigade.app.export;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/** Render > Export Last Render: PNG Frames..., Animated GIF..., MP4 Video...; enabled once a render completed. */
public final class ExportMenu {

    static final String MP4_TEXT = "MP4 Video (ffmpeg)...";

    private ExportMenu() {
    }

    public static Menu create(AnimationExportViewModel viewModel, Window owner) {
        Menu menu = new Menu("Export Last Render", new FontIcon("mdi2e-export-variant"));
        menu.setId("exportRenderMenu");
        MenuItem frames = item("exportFramesItem", "PNG Frames...", "mdi2i-image-multiple-outline", () ->
                chooseFolder(owner, viewModel.suggestedFile(AnimationFormat.PNG_SEQUENCE))
                        .ifPresent(folder -> viewModel.export(AnimationFormat.PNG_SEQUENCE, folder)));
        MenuItem gif = item("exportGifItem", "Animated GIF...", "mdi2f-file-gif-box", () ->
                viewModel.lastRenderFps().flatMap(fps -> GifOptionsDialog.ask(owner, fps)).ifPresent(options ->
                        chooseFile(owner, "Export Animated GIF", "GIF images (*.gif)", "*.gif",
                                viewModel.suggestedFile(AnimationFormat.GIF))
                                .ifPresent(file -> viewModel.export(AnimationFormat.GIF, file, options))));
        MenuItem mp4 = item("exportMp4Item", MP4_TEXT, "mdi2f-filmstrip", () ->
                chooseFile(owner, "Export MP4 Video", "MP4 videos (*.mp4)", "*.mp4",
                        viewModel.suggestedFile(AnimationFormat.MP4))
                        .ifPresent(file -> viewModel.export(AnimationFormat.MP4, file)));
        menu.getItems().addAll(frames, gif, mp4);
        menu.setOnShowing(event -> {
            menu.getItems().forEach(item -> item.setDisable(!viewModel.canExport()));
            // Said up front, not after a file is picked: the item tells why it is off.
            Optional<String> noMp4 = viewModel.unavailableReason(AnimationFormat.MP4);
            mp4.setText(noMp4.map(why -> "MP4 Video (" + why + ")").orElse(MP4_TEXT));
            if (noMp4.isPresent()) {
                mp4.setDisable(true);
            }
        });
        return menu;
    }

    private static MenuItem item(String id, String text, String icon, Runnable action) {
        MenuItem item = new MenuItem(text, new FontIcon(icon));
        item.setId(id);
        item.setOnAction(event -> action.run());
        return item;
    }

    private static Optional<Path> chooseFolder(Window owner, Optional<Path> suggested) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Export PNG Frames Into");
        suggested.map(Path::getParent).map(Path::toFile).filter(File::isDirectory)
                .ifPresent(chooser::setInitialDirectory);
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }

    private static Optional<Path> chooseFile(Window owner, String title, String filterName, String pattern,
                                             Optional<Path> suggested) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName, pattern));
        suggested.ifPresent(file -> {
            File folder = file.getParent().toFile();
            if (folder.isDirectory()) {
                chooser.setInitialDirectory(folder);
            }
            chooser.setInitialFileName(file.getFileName().toString());
        });
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }
}
