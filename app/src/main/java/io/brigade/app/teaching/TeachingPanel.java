package io.brigade.app.teaching;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The panel below the preview: the worker timeline with the CPU use chart beside it, and a bar with
 * Compare, and the PNG and trace exports.
 */
public final class TeachingPanel {

    private static final double CPU_WIDTH = 320;
    private static final double HEIGHT = 200;
    private static final double MIN_HEIGHT = 120;

    /** Asks where to save a file; the app uses the platform's chooser, tests answer directly. */
    @FunctionalInterface
    public interface SaveChooser {
        Optional<Path> choose(Window owner, String title, String fileName, String extension);
    }

    private final TeachingViewModel teaching;
    private final WorkerTimelineView timeline;
    private final VBox node;

    public TeachingPanel(TeachingViewModel teaching, SaveChooser chooser) {
        this.teaching = teaching;
        this.timeline = new WorkerTimelineView(teaching.timeline());
        CpuUseView cpu = new CpuUseView(teaching.timeline(), teaching.mode().cores());
        cpu.node().setPrefWidth(CPU_WIDTH);
        cpu.node().setMinWidth(CPU_WIDTH);
        HBox.setHgrow(timeline.node(), Priority.ALWAYS);
        HBox charts = new HBox(4, timeline.node(), cpu.node());
        charts.setPrefHeight(HEIGHT);
        charts.setMinHeight(MIN_HEIGHT);
        VBox.setVgrow(charts, Priority.ALWAYS);

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
        HBox bar = new HBox(8, title, compare, cancel, message, png, trace);
        bar.getStyleClass().add("teaching-bar");
        bar.setAlignment(Pos.CENTER_LEFT);

        node = new VBox(bar, charts);
        node.setId("teachingPanel");
        node.getStyleClass().add("teaching-panel");
    }

    /** The whole panel. */
    public VBox node() {
        return node;
    }

    /** The worker timeline alone, for snapshots. */
    public Region timelineNode() {
        return timeline.node();
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

    /** Takes a picture of the timeline as it is drawn and writes it off the FX thread. */
    void exportPng(Path file) {
        WritableImage image = timeline.node().snapshot(new SnapshotParameters(), null);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        teaching.exportPng(file, width, height, argb);
    }

    private Window window() {
        return node.getScene().getWindow();
    }

    private static Button button(String id, String text, String icon) {
        Button button = new Button(text, new FontIcon(icon));
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }
}
