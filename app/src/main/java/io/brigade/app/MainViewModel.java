package io.brigade.app;

import java.nio.file.Path;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.image.Image;

/**
 * State of the main window: the frame on show and the status line. Views bind to the read-only
 * properties and change them only through the command methods. Use it on the FX thread.
 */
public final class MainViewModel {

    static final String READY_STATUS = "Ready. Open a scene with File > Open Scene...";

    private final ReadOnlyObjectWrapper<Image> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper(this, "statusText", READY_STATUS);
    private final ReadOnlyObjectWrapper<Path> sceneFile = new ReadOnlyObjectWrapper<>(this, "sceneFile");

    /** The rendered frame on show, or null before the first one. */
    public ReadOnlyObjectProperty<Image> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    /** The scene file the user chose last, or null before the first choice. */
    public ReadOnlyObjectProperty<Path> sceneFileProperty() {
        return sceneFile.getReadOnlyProperty();
    }

    /** The user chose {@code file} to open; reading it is the scene loader's job. */
    public void sceneFileChosen(Path file) {
        sceneFile.set(Objects.requireNonNull(file, "file"));
        statusText.set("Scene file: " + file.toAbsolutePath());
    }

    /** Puts a finished frame on show; the seam where the renderer's output arrives. */
    public void showPreview(Image frame) {
        preview.set(Objects.requireNonNull(frame, "frame"));
    }
}
