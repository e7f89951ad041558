package io.brigade.app.render;

import io.brigade.app.farm.FarmSettingsView;
import io.brigade.engine.shading.ShadingMode;
import java.util.Optional;
import javafx.beans.property.StringProperty;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Render > Settings...: the fields of a {@link RenderSettingsViewModel}; OK stays open while one is wrong. */
public final class RenderSettingsDialog {

    private RenderSettingsDialog() {
    }

    /** Asks modal to {@code owner}; empty when the user cancels. */
    public static Optional<RenderSettingsViewModel.Choice> ask(Window owner, RenderSettingsViewModel fields) {
        Dialog<RenderSettingsViewModel.Choice> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Render Settings");
        dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        dialog.getDialogPane().getStyleClass().add("render-settings");
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);

        GridPane grid = new GridPane();
        grid.getStyleClass().add("render-settings-grid");
        int row = 0;
        grid.addRow(row++, new Label("Width"), field("widthField", fields.widthProperty()));
        grid.addRow(row++, new Label("Height"), field("heightField", fields.heightProperty()));
        grid.addRow(row++, new Label("Frame rate"), field("fpsField", fields.fpsProperty()));
        grid.addRow(row++, new Label("First frame"), field("startFrameField", fields.startFrameProperty()));
        grid.addRow(row++, new Label("Last frame"), field("endFrameField", fields.endFrameProperty()));
        grid.addRow(row++, new Label("Anti-aliasing"), field("antiAliasingField", fields.antiAliasingProperty()));
        ChoiceBox<ShadingMode> shading = new ChoiceBox<>();
        shading.setId("shadingChoice");
        shading.getItems().setAll(ShadingMode.values());
        shading.setConverter(RenderSettingsViewModel.SHADING_NAMES);
        shading.valueProperty().bindBidirectional(fields.shadingProperty());
        grid.addRow(row++, new Label("Shading"), shading);
        grid.addRow(row++, new Label("Workers (1 to " + RenderPreferences.maxWorkers() + ")"),
                field("workersField", fields.workersProperty()));
        TextField folder = field("outputFolderField", fields.outputFolderProperty());
        folder.setPromptText("render-out beside the scene");
        grid.addRow(row++, new Label("Output folder"), folder);
        FarmSettingsView.addRows(grid, row, fields.farm());

        Label problems = new Label();
        problems.setId("renderSettingsProblems");
        problems.getStyleClass().add("render-settings-problems");
        problems.textProperty().bind(fields.problemsProperty());
        problems.visibleProperty().bind(fields.problemsProperty().isNotEmpty());
        problems.managedProperty().bind(problems.visibleProperty());
        dialog.getDialogPane().setContent(new VBox(grid, problems));

        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("renderSettingsOk");
        ok.addEventFilter(ActionEvent.ACTION, event -> {
            if (fields.choice().isEmpty()) {
                event.consume(); // stays open, the problems shown under the fields
            }
        });
        dialog.setResultConverter(button -> button == ButtonType.OK ? fields.choice().orElse(null) : null);
        return dialog.showAndWait();
    }

    private static TextField field(String id, StringProperty text) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(text);
        return field;
    }
}
