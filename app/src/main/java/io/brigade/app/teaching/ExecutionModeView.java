package io.brigade.app.teaching;

import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The execution mode above the render panel: "Who waits" (Blocking or Async) and "Workers" (1 to twice the
 * cores), each with its sentence, and after a blocking render how long the window was frozen.
 */
public final class ExecutionModeView {

    private ExecutionModeView() {
    }

    public static VBox create(TeachingViewModel teaching) {
        ExecutionModeViewModel mode = teaching.mode();
        ToggleButton blocking = new ToggleButton(WhoWaits.BLOCKING.label(), new FontIcon("mdi2s-snowflake"));
        blocking.setId("blockingModeButton");
        blocking.setUserData(WhoWaits.BLOCKING);
        ToggleButton async = new ToggleButton(WhoWaits.ASYNC.label(), new FontIcon("mdi2r-run-fast"));
        async.setId("asyncModeButton");
        async.setUserData(WhoWaits.ASYNC);
        blocking.setMinWidth(Region.USE_PREF_SIZE);
        async.setMinWidth(Region.USE_PREF_SIZE);
        SegmentedButton whoWaits = new SegmentedButton(blocking, async);
        whoWaits.setMinWidth(Region.USE_PREF_SIZE);
        whoWaits.setId("whoWaitsChoice");
        selectIn(whoWaits, mode.whoWaits());
        whoWaits.getToggleGroup().selectedToggleProperty().addListener((observable, old, selected) -> {
            if (selected == null) {
                old.setSelected(true); // one of the two is always chosen
            } else {
                mode.whoWaitsProperty().set((WhoWaits) selected.getUserData());
            }
        });
        mode.whoWaitsProperty().addListener((observable, old, now) -> selectIn(whoWaits, now));

        Spinner<Integer> workers = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(1,
                mode.maxWorkers(), mode.workers()));
        workers.setId("workersSpinner");
        workers.setPrefWidth(90);
        workers.setMinWidth(90);
        typedNumbersCommit(workers);
        workers.valueProperty().addListener((observable, old, count) -> {
            if (count != null && count != mode.workers()) {
                mode.setWorkers(count);
            }
        });
        mode.workersProperty().addListener((observable, old, count) ->
                workers.getValueFactory().setValue(count.intValue()));

        HBox whoRow = row("Who waits", whoWaits, sentence("whoWaitsSentence", mode.whoWaitsSentenceProperty()));
        HBox workersRow = row("Workers", workers, sentence("workersSentence", mode.workersSentenceProperty()));
        Label frozen = new Label();
        frozen.setId("freezeReport");
        frozen.getStyleClass().add("freeze-report");
        frozen.setGraphic(new FontIcon("mdi2t-timer-sand"));
        frozen.textProperty().bind(teaching.freezeReportProperty());
        frozen.visibleProperty().bind(teaching.freezeReportProperty().isNotEmpty());
        frozen.managedProperty().bind(frozen.visibleProperty());
        VBox bar = new VBox(whoRow, workersRow, frozen);
        bar.setId("executionMode");
        bar.getStyleClass().add("execution-mode");
        return bar;
    }

    /**
     * A typed count counts: Enter or leaving the field commits it, brought within the spinner's range; the field
     * takes up to three digits only, so nothing typed can fail to parse.
     */
    private static void typedNumbersCommit(Spinner<Integer> spinner) {
        spinner.setEditable(true);
        spinner.getEditor().setTextFormatter(new TextFormatter<>(change ->
                change.getControlNewText().matches("\\d{0,3}") ? change : null));
        spinner.getEditor().focusedProperty().addListener((observable, was, focused) -> {
            if (!focused) {
                commitOrRestore(spinner);
            }
        });
        spinner.getEditor().setOnAction(event -> commitOrRestore(spinner));
    }

    private static void commitOrRestore(Spinner<Integer> spinner) {
        String typed = spinner.getEditor().getText();
        if (typed.isEmpty()) {
            spinner.cancelEdit(); // an empty field means no change
            return;
        }
        SpinnerValueFactory.IntegerSpinnerValueFactory range =
                (SpinnerValueFactory.IntegerSpinnerValueFactory) spinner.getValueFactory();
        int kept = Math.max(range.getMin(), Math.min(range.getMax(), Integer.parseInt(typed)));
        spinner.getEditor().setText(Integer.toString(kept));
        spinner.commitValue();
    }

    private static void selectIn(SegmentedButton buttons, WhoWaits choice) {
        buttons.getButtons().forEach(button -> button.setSelected(button.getUserData() == choice));
    }

    private static HBox row(String title, Region control, Label sentence) {
        Label heading = new Label(title);
        heading.getStyleClass().add("execution-mode-heading");
        heading.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(heading, control, sentence);
        row.getStyleClass().add("execution-mode-row");
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(sentence, Priority.ALWAYS);
        return row;
    }

    private static Label sentence(String id, ObservableStringValue text) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("execution-mode-sentence");
        label.textProperty().bind(text);
        label.setMinWidth(0);
        label.setWrapText(true);
        return label;
    }
}
