package io.brigade.app.dialogs;

import io.brigade.app.MainViewModel;
import java.util.Map;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Asks in a dialog with Cancel Render and Quit, and Keep Rendering. */
public final class FxRenderRunningPrompt implements RenderRunningPrompt {

    private static final ButtonType CANCEL_AND_QUIT = new ButtonType("Cancel Render and Quit",
            ButtonBar.ButtonData.YES);
    private static final ButtonType KEEP = new ButtonType("Keep Rendering", ButtonBar.ButtonData.CANCEL_CLOSE);
    private static final Map<ButtonType, Answer> ANSWERS =
            Map.of(CANCEL_AND_QUIT, Answer.CANCEL_RENDER_AND_QUIT, KEEP, Answer.KEEP_RENDERING);

    @Override
    public Answer ask(Window owner) {
        Alert alert = new Alert(Alert.AlertType.WARNING,
                "Frames written so far stay; the rest of the render will not be made.", CANCEL_AND_QUIT, KEEP);
        alert.initOwner(owner);
        alert.setTitle(MainViewModel.APP_NAME);
        alert.setHeaderText("A render is still running. Cancel it and quit?");
        if (owner != null && owner.getScene() != null) {
            alert.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        return alert.showAndWait().map(ANSWERS::get).orElse(Answer.KEEP_RENDERING);
    }
}
