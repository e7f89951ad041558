package io.brigade.app.recovery;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Offers recovery in a dialog with Recover and Discard, naming the scene and the time of the autosave. */
public final class FxRecoveryPrompt implements RecoveryPrompt {

    static final String RECOVER_TEXT = "Recover";
    static final String DISCARD_TEXT = "Discard";
    private static final ButtonType RECOVER = new ButtonType(RECOVER_TEXT, ButtonBar.ButtonData.YES);
    private static final ButtonType DISCARD = new ButtonType(DISCARD_TEXT, ButtonBar.ButtonData.NO);
    private static final Map<ButtonType, Answer> ANSWERS = Map.of(RECOVER, Answer.RECOVER, DISCARD, Answer.DISCARD);

    private final ZoneId zone;

    /** Shows the autosave's time in {@code zone}. */
    public FxRecoveryPrompt(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public Answer ask(Window owner, RecoveredScene recovered) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                "Recover opens it with its changes unsaved; Discard deletes the autosave.", RECOVER, DISCARD);
        alert.initOwner(owner);
        alert.setTitle("Brigade");
        alert.setHeaderText(headline(recovered, zone));
        if (owner != null && owner.getScene() != null) {
            alert.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        // Closing the dialog without choosing must lose nothing, so it counts as Recover.
        return alert.showAndWait().map(ANSWERS::get).orElse(Answer.RECOVER);
    }

    /** "Unsaved changes to NAME were autosaved at TIME." */
    static String headline(RecoveredScene recovered, ZoneId zone) {
        String time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(zone)
                .format(recovered.savedAt());
        return "Unsaved changes to " + recovered.sceneName() + " were autosaved at " + time + ".";
    }
}
