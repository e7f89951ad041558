package io.brigade.app.experiment;

import io.brigade.engine.scene.Scene;
import io.brigade.engine.schedule.ScalingReport;
import io.brigade.engine.schedule.ScalingRow;
import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * The speedup experiment's window: worker counts and frame range, Run and Cancel with progress; the chart
 * and the table of the newest measurement; Export PNG... (a snapshot of the chart) and Export CSV....
 * One window, reopened as it was; closing it cancels a run.
 */
public final class SpeedupWindow {

    private static final double WIDTH = 1040;
    private static final double HEIGHT = 760;

    private final SpeedupExperimentViewModel viewModel;
    private final ObservableList<String> stylesheets;
    private final Consumer<Node> exportPng;
    private Stage stage;
    private LineChart<Number, Number> chart;
    /** The scene whose frames the range fields were filled from. */
    private String rangeOf;

    /**
     * @param stylesheets the theme's, followed as they change
     * @param exportPng   opens the snapshot dialog for the chart
     */
    public SpeedupWindow(SpeedupExperimentViewModel viewModel, ObservableList<String> stylesheets,
                         Consumer<Node> exportPng) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.stylesheets = Objects.requireNonNull(stylesheets, "stylesheets");
        this.exportPng = Objects.requireNonNull(exportPng, "exportPng");
    }

    /** Shows the window over {@code owner}, measuring {@code scene} (given when Run is pressed) by its name. */
    public void show(Window owner, Supplier<Scene> scene, Supplier<String> sceneName) {
        if (stage == null) {
            stage = build(owner, scene, sceneName);
        }
        Scene current = scene.get();
        String name = sceneName.get();
        if (current != null && !viewModel.runningProperty().get() && !name.equals(rangeOf)) {
            viewModel.useSceneRange(current); // another scene's range may not fit this one
            rangeOf = name;
        }
        stage.show();
        stage.toFront();
    }

    /** The chart while the window is showing, for the Snapshot menu. */
    public Optional<Node> chart() {
        return stage != null && stage.isShowing() ? Optional.of(chart) : Optional.empty();
    }

    private Stage build(Window owner, Supplier<Scene> scene, Supplier<String> sceneName) {
        Stage window = new Stage();
        window.initOwner(owner);
        window.setTitle("Measure Speedup");
        chart = SpeedupChart.create(viewModel.reportProperty(), viewModel.chartTitleProperty(),
                viewModel.maxWorkers());
        VBox.setVgrow(chart, Priority.ALWAYS);

        BorderPane root = new BorderPane();
        root.setId("speedupWindow");
        root.getStyleClass().add("speedup-window");
        root.setTop(controls(scene, sceneName));
        root.setCenter(chart);
        root.setRight(table());
        root.setBottom(exports(window));
        javafx.scene.Scene fxScene = new javafx.scene.Scene(root, WIDTH, HEIGHT);
        Bindings.bindContent(fxScene.getStylesheets(), stylesheets);
        window.setScene(fxScene);
        window.addEventHandler(WindowEvent.WINDOW_HIDDEN, event -> viewModel.cancel());
        return window;
    }

    private VBox controls(Supplier<Scene> scene, Supplier<String> sceneName) {
        TextField counts = field("speedupCounts", viewModel.workerCountsProperty(), 14);
        TextField first = field("speedupFirstFrame", viewModel.firstFrameProperty(), 4);
        TextField last = field("speedupLastFrame", viewModel.lastFrameProperty(), 4);
        Button run = new Button("Run");
        run.setId("speedupRun");
        run.setDefaultButton(true);
        run.disableProperty().bind(viewModel.runningProperty());
        run.setOnAction(event -> Optional.ofNullable(scene.get())
                .ifPresent(measured -> viewModel.start(measured, sceneName.get())));
        Button cancel = new Button("Cancel");
        cancel.setId("speedupCancel");
        cancel.disableProperty().bind(viewModel.runningProperty().not());
        cancel.setOnAction(event -> viewModel.cancel());
        CheckBox quick = new CheckBox("Quick (rough)");
        quick.setId("speedupQuick");
        quick.selectedProperty().bindBidirectional(viewModel.quickProperty());
        quick.disableProperty().bind(viewModel.runningProperty());
        quick.setTooltip(new Tooltip("One short run per count instead of about 3 s each, median of 3: quick, but"
                + " the figures are rough"));
        HBox fields = new HBox(8, new Label("Workers"), counts,
                new Label("(1 to " + viewModel.maxWorkers() + ", " + viewModel.cores() + " cores)"), gap(),
                new Label("Frames"), first, new Label("to"), last, gap(), quick, run, cancel);
        fields.setAlignment(Pos.CENTER_LEFT);

        ProgressBar progress = new ProgressBar();
        progress.setId("speedupProgress");
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.visibleProperty().bind(viewModel.runningProperty());
        progress.managedProperty().bind(viewModel.runningProperty());
        progress.setPrefWidth(180);
        Label message = new Label();
        message.setId("speedupMessage");
        message.getStyleClass().add("speedup-message");
        message.textProperty().bind(viewModel.messageProperty());
        Label problem = new Label();
        problem.setId("speedupProblem");
        problem.getStyleClass().add("speedup-problem");
        problem.textProperty().bind(viewModel.problemProperty());
        problem.visibleProperty().bind(viewModel.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setWrapText(true);
        HBox status = new HBox(10, progress, message);
        status.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, fields, status, problem);
        box.getStyleClass().add("speedup-controls");
        return box;
    }

    private TableView<ScalingRow> table() {
        TableView<ScalingRow> table = new TableView<>();
        table.setId("speedupTable");
        table.getStyleClass().add("speedup-table");
        table.getColumns().add(column("Workers", ScalingReportText::workersText));
        table.getColumns().add(column("Seconds", row -> String.format(Locale.ROOT, "%.3f", row.wallSeconds())));
        table.getColumns().add(column("Speedup", row -> String.format(Locale.ROOT, "%.2f\u00d7", row.speedup())));
        table.getColumns().add(column("Efficiency", row -> String.format(Locale.ROOT, "%.0f%%",
                row.efficiency() * 100)));
        table.getColumns().add(column("Spread", row -> String.format(Locale.ROOT, "%.0f%%", row.spread() * 100)));
        table.getColumns().add(column("Cores busy", row -> Double.isNaN(row.busyCores()) ? "\u2014"
                : String.format(Locale.ROOT, "%.2f", row.busyCores())));
        table.getColumns().add(column("Serial fraction", ScalingReportText::rowSerialFractionText));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefWidth(480);
        Label placeholder = new Label();
        placeholder.textProperty().bind(viewModel.runningProperty().map(running -> running
                ? "Measuring: the table fills when the runs are done" : "Press Run to measure"));
        table.setPlaceholder(placeholder);
        viewModel.reportProperty().addListener((observable, old, report) -> table.setItems(rows(report)));
        return table;
    }

    private static ObservableList<ScalingRow> rows(ScalingReport report) {
        return report == null ? FXCollections.observableArrayList() : FXCollections.observableArrayList(report.rows());
    }

    private HBox exports(Window window) {
        Button png = new Button("Export PNG...");
        png.setId("speedupExportPng");
        png.disableProperty().bind(viewModel.reportProperty().isNull());
        png.setOnAction(event -> exportPng.accept(chart));
        Button csv = new Button("Export CSV...");
        csv.setId("speedupExportCsv");
        csv.disableProperty().bind(viewModel.reportProperty().isNull());
        csv.setOnAction(event -> chooseCsv(window).ifPresent(viewModel::saveCsv));
        Label note = new Label("* more threads than cores: they take turns (not fitted). Spread: how far the runs"
                + " of a count differed. Cores busy: CPU time over wall time; under what the count could use, other"
                + " programs had the cores part of the time. Serial fraction per row: what that row alone implies"
                + " (Karp\u2013Flatt); the curve fits one to the rows within the cores.");
        note.setWrapText(true);
        note.getStyleClass().add("speedup-note");
        HBox box = new HBox(8, note, gap(), png, csv);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("speedup-exports");
        return box;
    }

    private static Optional<Path> chooseCsv(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export Speedup Table As CSV");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV tables (*.csv)", "*.csv"));
        chooser.setInitialFileName("speedup.csv");
        File chosen = chooser.showSaveDialog(owner);
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    private static TableColumn<ScalingRow, String> column(String title, Function<ScalingRow, String> text) {
        TableColumn<ScalingRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        column.setSortable(false);
        return column;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty text, int columns) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(columns);
        field.textProperty().bindBidirectional(text);
        return field;
    }

    private static Region gap() {
        Region gap = new Region();
        gap.setMinWidth(12);
        HBox.setHgrow(gap, Priority.SOMETIMES);
        return gap;
    }
}
