package io.brigade.app.chrome;

import io.brigade.app.MainViewModel;
import io.brigade.app.concurrent.BackgroundTasks;
import io.brigade.app.concurrent.DaemonThreads;
import io.brigade.app.concurrent.ExecutorBackgroundTasks;
import io.brigade.app.experiment.SpeedupExperimentViewModel;
import io.brigade.app.experiment.SpeedupMeasurement;
import io.brigade.app.experiment.SpeedupWindow;
import io.brigade.app.export.AnimationExportViewModel;
import io.brigade.app.export.ExportMenu;
import io.brigade.app.export.SnapshotDialog;
import io.brigade.app.export.SnapshotFileChooser;
import io.brigade.app.export.SnapshotMenu;
import io.brigade.app.export.SnapshotTargets;
import io.brigade.app.export.SnapshotViewModel;
import io.brigade.app.theme.ThemeViewModel;
import io.brigade.app.theme.ViewMenu;
import io.brigade.engine.io.ExecutableLookup;
import io.brigade.engine.io.FfmpegVideoEncoder;
import io.brigade.engine.schedule.RenderScheduler;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Stage;

/**
 * The instructor's tools in the main window: View (theme, presentation mode), Snapshot (pictures of the
 * registered parts), and under Render: Measure Speedup... and Export Last Render. Built once per window.
 */
public final class SlideTools {

    static final String MEASURE_SPEEDUP_TEXT = "Measure Speedup...";

    private final MainViewModel viewModel;
    private final ThemeViewModel theme;
    private final SnapshotTargets snapshots;

    public SlideTools(MainViewModel viewModel, ThemeViewModel theme, SnapshotTargets snapshots) {
        this.viewModel = viewModel;
        this.theme = theme;
        this.snapshots = snapshots;
    }

    /** Styles {@code scene} by the theme and adds the menus to its menu bar, {@code root}'s top. */
    public void install(Stage stage, Parent root, MenuBar menuBar, Scene scene) {
        Bindings.bindContent(scene.getStylesheets(), theme.stylesheets());
        snapshots.register("window", "Window", root);
        snapshots.register("viewport", "Viewport", () -> lookup(root, "#previewArea"));
        snapshots.register("timeline", "Timeline", () -> lookup(root, "#timelineBar"));

        BackgroundTasks snapshotFiles = new ExecutorBackgroundTasks(threadPerTask("brigade-snapshot"),
                Platform::runLater);
        SnapshotViewModel snapshotModel = new SnapshotViewModel(snapshotFiles, image -> {
            ClipboardContent content = new ClipboardContent();
            content.putImage(image);
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
        snapshotModel.messageProperty().addListener((observable, old, text) -> viewModel.showStatus(text));
        SnapshotDialog snapshotDialog = new SnapshotDialog(snapshotModel, theme.stylesheets(),
                SnapshotFileChooser.platform());

        SpeedupExperimentViewModel speedup = new SpeedupExperimentViewModel(
                SpeedupMeasurement.benchmark(new RenderScheduler()), threadPerTask("brigade-speedup"),
                Platform::runLater, Runtime.getRuntime().availableProcessors());
        SpeedupWindow speedupWindow = new SpeedupWindow(speedup, theme.stylesheets(), chart ->
                snapshots.targets().stream().filter(target -> target.id().equals("speedupChart")).findFirst()
                        .ifPresent(target -> snapshotDialog.open(chart.getScene().getWindow(), target)));
        snapshots.register("speedupChart", "Speedup Chart", speedupWindow::chart);
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, event -> speedup.cancel());

        BackgroundTasks exports = new ExecutorBackgroundTasks(threadPerTask("brigade-export"), Platform::runLater);
        AnimationExportViewModel export = new AnimationExportViewModel(viewModel.render()::completedSequence, exports,
                new FfmpegVideoEncoder(ExecutableLookup.onPath()));
        export.messageProperty().addListener((observable, old, text) -> {
            if (!text.isEmpty()) {
                viewModel.showStatus(text);
            }
        });
        export.problemProperty().addListener((observable, old, text) -> {
            if (!text.isEmpty()) {
                viewModel.showStatus("Export failed");
                viewModel.showProblem(new Problem("Export failed", text));
            }
        });

        MenuItem measure = MainMenu.item("measureSpeedupItem", MEASURE_SPEEDUP_TEXT, "mdi2c-chart-line", null,
                () -> speedupWindow.show(stage, () -> viewModel.sceneProperty().get(),
                        () -> viewModel.sceneNameProperty().get()));
        measure.disableProperty().bind(viewModel.sceneProperty().isNull());
        menuBar.getMenus().stream().filter(menu -> "renderMenu".equals(menu.getId())).findFirst().ifPresent(render ->
                render.getItems().addAll(new SeparatorMenuItem(), measure, ExportMenu.create(export, stage)));
        Menu snapshotMenu = SnapshotMenu.create(snapshots, target -> snapshotDialog.open(stage, target));
        // The theme's items join the viewport's View menu, after a separator.
        Menu themeMenu = ViewMenu.create(theme);
        List<MenuItem> themeItems = List.copyOf(themeMenu.getItems());
        themeMenu.getItems().clear();
        menuBar.getMenus().stream().filter(menu -> "viewMenu".equals(menu.getId())).findFirst().ifPresentOrElse(
                view -> {
                    view.getItems().add(new SeparatorMenuItem());
                    view.getItems().addAll(themeItems);
                },
                () -> menuBar.getMenus().add(themeMenu));
        menuBar.getMenus().add(snapshotMenu);
    }

    private static Optional<Node> lookup(Parent root, String selector) {
        return Optional.ofNullable(root.lookup(selector));
    }

    /** Each task on a thread of its own that ends with it: the work is rare and may take minutes. */
    private static Executor threadPerTask(String name) {
        DaemonThreads threads = new DaemonThreads(name);
        return task -> threads.newThread(task).start();
    }
}
