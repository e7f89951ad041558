package io.brigade.app.teaching;

import java.nio.file.Path;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The confirmation before a blocking render: how long the window will freeze, estimated from a few frames
 * timed beforehand, with the range it likely falls in, and the frame range, which the user may shorten. The render starts a moment after the dialog has closed,
 * so the window is drawn without it before it freezes.
 */
public final class BlockingRenderDialog {

    static final ButtonType FREEZE = new ButtonType("Freeze the Window", ButtonBar.ButtonData.OK_DONE);
    private static final Duration REDRAW_BEFORE_FREEZE = Duration.millis(150);

    private BlockingRenderDialog() {
    }

    /** Times a few frames, asks, and on confirmation renders blocking into {@code folder}. */
    public static void confirmAndRender(Window owner, TeachingViewModel teaching, Path folder) {
        teaching.planBlockingRender(folder, plan -> ask(owner, plan).ifPresent(confirmed -> {
            PauseTransition redraw = new PauseTransition(REDRAW_BEFORE_FREEZE);
            redraw.setOnFinished(event -> teaching.renderBlocking(confirmed));
            redraw.play();
        }));
    }

    /** Asks modal to {@code owner}; the plan with the chosen range, or empty when the user cancels. */
    public static Optional<BlockingRenderPlan> ask(Window owner, BlockingRenderPlan plan) {
        Dialog<BlockingRenderPlan> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Blocking Render");
        dialog.setHeaderText("This render freezes the window on purpose");
        dialog.setGraphic(new FontIcon("mdi2s-snowflake"));
        dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        dialog.getDialogPane().getStyleClass().add("blocking-render");
        dialog.getDialogPane().getButtonTypes().setAll(FREEZE, ButtonType.CANCEL);

        Label estimate = new Label();
        estimate.setId("blockingEstimate");
        estimate.getStyleClass().add("blocking-estimate");
        estimate.setWrapText(true);
        estimate.setMaxWidth(460);
        estimate.textProperty().bind(plan.estimateProperty());
        Label why = new Label("Nothing in the window answers until it is done: not the menus, not Cancel. "
                + "Shorten the range to freeze it for less time.");
        why.setWrapText(true);
        why.setMaxWidth(460);
        GridPane range = new GridPane();
        range.getStyleClass().add("render-settings-grid");
        range.addRow(0, new Label("First frame"), frameSpinner("blockingFirstFrame", plan, plan.firstFrameProperty()
                .get(), true));
        range.addRow(1, new Label("Last frame"), frameSpinner("blockingLastFrame", plan, plan.lastFrameProperty()
                .get(), false));
        dialog.getDialogPane().setContent(new VBox(10, estimate, why, range));

        Node freeze = dialog.getDialogPane().lookupButton(FREEZE);
        freeze.setId("freezeButton");
        freeze.disableProperty().bind(plan.validProperty().not());
        dialog.setResultConverter(button -> button == FREEZE ? plan : null);
        return dialog.showAndWait();
    }

    private static Spinner<Integer> frameSpinner(String id, BlockingRenderPlan plan, int value, boolean first) {
        Spinner<Integer> spinner = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(plan.sceneFirst(),
                plan.sceneLast(), value));
        spinner.setId(id);
        spinner.setEditable(true);
        (first ? plan.firstFrameProperty() : plan.lastFrameProperty()).bind(spinner.valueProperty());
        return spinner;
    }
}
