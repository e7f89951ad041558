package io.brigade.app.dialogs;

import java.util.Objects;

/** The questions the main window asks the user, each behind an interface so tests can answer them. */
public record WindowDialogs(SceneFileChooser openChooser, SaveFileChooser saveChooser,
                            UnsavedChangesPrompt unsavedChanges, OutputFolderChooser renderFolderChooser,
                            SaveFileChooser stillChooser, RenderRunningPrompt renderRunning,
                            SceneFileChooser objChooser) {

    public WindowDialogs {
        Objects.requireNonNull(openChooser, "openChooser");
        Objects.requireNonNull(saveChooser, "saveChooser");
        Objects.requireNonNull(unsavedChanges, "unsavedChanges");
        Objects.requireNonNull(renderFolderChooser, "renderFolderChooser");
        Objects.requireNonNull(stillChooser, "stillChooser");
        Objects.requireNonNull(renderRunning, "renderRunning");
        Objects.requireNonNull(objChooser, "objChooser");
    }

    /** The platform's own dialogs, as the application uses them. */
    public static WindowDialogs platform() {
        return new WindowDialogs(new FxSceneFileChooser(), new FxSaveFileChooser(), new FxUnsavedChangesPrompt(),
                new FxOutputFolderChooser(), new FxPngFileChooser(), new FxRenderRunningPrompt(),
                new FxObjFileChooser());
    }
}
