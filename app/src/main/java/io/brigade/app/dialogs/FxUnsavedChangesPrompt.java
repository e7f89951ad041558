package io.brigade.app.dialogs;

import io.brigade.app.MainViewModel;
import java.util.Map;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Asks about unsaved changes in a dialog with Save, Don't Save and Cancel. */
public final class FxUnsavedChangesPrompt implements UnsavedChangesPrompt {

    private static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    private static final ButtonType DONT_SAVE = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
    private static final Map<ButtonType, Answer> ANSWERS =
            Map.of(SAVE, Answer.SAVE, DONT_SAVE, Answer.DONT_SAVE, ButtonType.CANCEL, Answer.CANCEL);

    @Override
    public Answer ask(Window owner, String sceneName) {
        Alert alert = new Alert(Alert.AlertType.WARNING, "Your changes will be lost if you don't save them.",
                SAVE, DONT_SAVE, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle(MainViewModel.APP_NAME);
        alert.setHeaderText("Save the changes to " + sceneName + "?");
        if (owner != null && owner.getScene() != null) {
            alert.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        return alert.showAndWait().map(ANSWERS::get).orElse(Answer.CANCEL);
    }
}
