package io.brigade.app.teaching;

import io.brigade.app.export.NodeSnapshots;
import io.brigade.app.export.ScaledPicture;
import io.brigade.app.export.SnapshotScale;
import io.brigade.app.theme.ThemeChoice;
import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The panel below the preview: the worker timeline with the CPU use chart beside it, and a bar with
 * Compare, the PNG and trace exports, and a button that hides the charts to give the preview their room.
 * The charts are drawn in the chosen theme, larger in presentation mode.
 */
public final class TeachingPanel {

    /** View > Worker Timeline's shortcut, which shows or hides the charts. */
    private static final String TOGGLE_SHORTCUT = "Shortcut+T";
    /** PNG... writes the timeline at the scale slides want, as the Snapshot menu does at first. */
    static final SnapshotScale PNG_SCALE = SnapshotScale.X2;
    private static final double CPU_WIDTH = 340;
    private static final double HEIGHT = 170;
    private static final double MIN_HEIGHT = 110;

    /** Asks where to save a file; the app uses the platform's chooser, tests answer directly. */
    @FunctionalInterface
    public interface SaveChooser {
        Optional<Path> choose(Window owner, String title, String fileName, String extension);
    }

    private final TeachingViewModel teaching;
    private final WorkerTimelineView timeline;
    private final CpuUseView cpu;
    private final VBox node;
    private final BooleanProperty folded = new SimpleBooleanProperty(this, "folded");

    /** In the default look, dark and not enlarged. */
    public TeachingPanel(TeachingViewModel teaching, SaveChooser chooser) {
        this(teaching, chooser, new SimpleObjectProperty<>(ThemeChoice.DEFAULT));
    }

    /** The charts follow {@code look}, the theme and presentation mode the user chose. */
    public TeachingPanel(TeachingViewModel teaching, SaveChooser chooser, ObservableValue<ThemeChoice> look) {
        this.teaching = teaching;
        ObservableValue<ChartStyle> style = look.map(ChartStyle::of);
        this.timeline = new WorkerTimelineView(teaching.timeline(), style);
        this.cpu = new CpuUseView(teaching.timeline(), teaching.mode().cores(), style);
        cpu.node().prefWidthProperty().bind(style.map(chosen -> chosen.size(CPU_WIDTH)));
        cpu.node().minWidthProperty().bind(cpu.node().prefWidthProperty());
        HBox.setHgrow(timeline.node(), Priority.ALWAYS);
        HBox charts = new HBox(4, timeline.node(), cpu.node());
        charts.setId("teachingCharts");
        // Enlarged type needs taller charts: below the minimum the time axis would fall off the bottom.
        charts.prefHeightProperty().bind(style.map(chosen -> chosen.size(HEIGHT)));
        charts.minHeightProperty().bind(style.map(chosen -> chosen.size(MIN_HEIGHT)));
        VBox.setVgrow(charts, Priority.ALWAYS);
        charts.visibleProperty().bind(teaching.timeline().shownProperty());
        charts.managedProperty().bind(charts.visibleProperty());

        Label title = new Label("Worker timeline", new FontIcon("mdi2c-chart-gantt"));
        title.getStyleClass().add("panel-heading");
        title.setMinWidth(Region.USE_PREF_SIZE);
        Button compare = button("compareButton", "Compare 1 vs N Workers", "mdi2c-compare-horizontal");
        compare.setOnAction(event -> teaching.compare());
        compare.disableProperty().bind(teaching.comparingProperty());
        Button cancel = button("cancelCompareButton", "Cancel", "mdi2s-stop-circle-outline");
        cancel.setOnAction(event -> teaching.cancelCompare());
        cancel.visibleProperty().bind(teaching.comparingProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        Button png = button("exportTimelinePngButton", "PNG...", "mdi2f-file-image-outline");
        png.setOnAction(event -> chooser.choose(window(), "Save the Timeline as PNG", "worker-timeline.png", "png")
                .ifPresent(this::exportPng));
        Button trace = button("exportTraceButton", "Trace JSON...", "mdi2c-code-json");
        trace.setOnAction(event -> chooser.choose(window(), "Save the Trace for Perfetto", "worker-trace.json", "json")
                .ifPresent(teaching::exportTrace));
        Label message = new Label();
        message.setId("teachingMessage");
        message.getStyleClass().add("teaching-message");
        message.textProperty().bind(teaching.messageProperty());
        message.setMinWidth(0);
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox bar = new HBox(8, collapseButton(teaching.timeline()), title, compare, cancel, message, png, trace);
        bar.getStyleClass().add("teaching-bar");
        bar.setAlignment(Pos.CENTER_LEFT);

        node = new VBox(bar, charts);
        node.setId("teachingPanel");
        node.getStyleClass().add("teaching-panel");
        // Hidden, the panel is only its bar: a split pane it lies in cannot make it taller.
        node.maxHeightProperty().bind(Bindings.createDoubleBinding(() -> folded.get() ? 0
                : teaching.timeline().shownProperty().get() ? Double.MAX_VALUE : Region.USE_PREF_SIZE,
                folded, teaching.timeline().shownProperty()));
        node.minHeightProperty().bind(folded.map(away -> away ? 0 : Region.USE_COMPUTED_SIZE));
    }

    /** True folds the whole panel away (presentation mode leaves the window to the viewport). */
    public BooleanProperty foldedProperty() {
        return folded;
    }

    /** The whole panel. */
    public VBox node() {
        return node;
    }

    /** The worker timeline alone, for snapshots. */
    public Region timelineNode() {
        return timeline.node();
    }

    /** The timeline drawn again at a snapshot's scale, so 2x and 3x pictures are sharp. */
    public ScaledPicture timelinePicture() {
        return (node, scale) -> timeline.picture(scale);
    }

    /** The CPU use chart alone, for snapshots. */
    public Region cpuUseNode() {
        return cpu.node();
    }

    /** The CPU use chart drawn again at a snapshot's scale. */
    public ScaledPicture cpuUsePicture() {
        return (node, scale) -> cpu.picture(scale);
    }

    /** View > Worker Timeline: shows or hides the charts, as the panel's own button does. */
    public CheckMenuItem showTimelineItem() {
        CheckMenuItem item = new CheckMenuItem("Worker Timeline", new FontIcon("mdi2c-chart-gantt"));
        item.setId("showWorkerTimelineItem");
        item.setAccelerator(KeyCombination.keyCombination(TOGGLE_SHORTCUT));
        item.selectedProperty().bindBidirectional(teaching.timeline().shownProperty());
        return item;
    }

    /**
     * Gives the charts' room in {@code split}, whose last item is this panel, to the items above while they are
     * hidden, and takes back the height they had when they are shown again.
     */
    public void keepRoomIn(SplitPane split) {
        double[] shownAt = new double[1];
        teaching.timeline().shownProperty().addListener((observable, was, shown) -> {
            int last = split.getDividers().size() - 1;
            if (last < 0) {
                return;
            }
            if (shown) {
                split.setDividerPosition(last, shownAt[0]);
            } else {
                shownAt[0] = split.getDividerPositions()[last];
                split.setDividerPosition(last, 1);
            }
        });
    }

    /** The platform's save dialog. */
    public static SaveChooser platformChooser() {
        return (owner, title, fileName, extension) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            chooser.setInitialFileName(fileName);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(Locale.ROOT)
                    + " files", "*." + extension));
            return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
        };
    }

    /**
     * Draws the timeline again at {@link #PNG_SCALE}, as Snapshot > Worker Timeline does, and writes it off the FX
     * thread.
     */
    void exportPng(Path file) {
        WritableImage image = timeline.picture(PNG_SCALE);
        teaching.exportPng(file, (int) image.getWidth(), (int) image.getHeight(), NodeSnapshots.argb(image));
    }

    private Window window() {
        return node.getScene().getWindow();
    }

    private static Button collapseButton(WorkerTimelineViewModel timeline) {
        Button collapse = new Button();
        collapse.setId("collapseTimelineButton");
        collapse.getStyleClass().add("collapse-button");
        collapse.graphicProperty().bind(timeline.shownProperty().map(shown ->
                new FontIcon(shown ? "mdi2c-chevron-down" : "mdi2c-chevron-up")));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(timeline.shownProperty().map(shown ->
                (shown ? "Hide" : "Show") + " the worker timeline (View > Worker Timeline)"));
        collapse.setTooltip(tip);
        collapse.setOnAction(event -> timeline.shownProperty().set(!timeline.shownProperty().get()));
        return collapse;
    }

    private static Button button(String id, String text, String icon) {
        Button button = new Button(text, new FontIcon(icon));
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }
}
