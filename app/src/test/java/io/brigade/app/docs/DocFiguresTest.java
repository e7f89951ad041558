package io.brigade.app.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.brigade.app.MainViewModel;
import io.brigade.app.MainWindow;
import io.brigade.app.dialogs.WindowDialogs;
import io.brigade.app.export.NodeSnapshots;
import io.brigade.app.export.ScaledPicture;
import io.brigade.app.export.SnapshotScale;
import io.brigade.app.export.SnapshotTarget;
import io.brigade.app.testing.MainWindowFixture;
import io.brigade.app.testing.SampleScenes;
import io.brigade.app.testing.WindowServices;
import io.brigade.app.theme.Theme;
import io.brigade.app.theme.ThemeStore;
import io.brigade.app.theme.ThemeViewModel;
import io.brigade.engine.io.PngWriter;
import io.brigade.engine.schedule.ScalingBudget;
import io.brigade.engine.schedule.ScalingReport;
import io.brigade.engine.schedule.ScalingRow;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Makes the figures of {@code docs/} with Brigade's own snapshot export, from the real window driven headless, so
 * they never go stale. The normal build writes them under {@code target/doc-figures} and checks them; to refresh
 * the committed ones, run (from the repository root)
 * {@code ./mvnw -B -pl app -am verify -Dtest=DocFiguresTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dbrigade.docs.figures=$PWD/docs/figures}.
 */
@ExtendWith(ApplicationExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DocFiguresTest {

    /** Names the folder the figures go to; {@code target/doc-figures} of the app module when not set. */
    static final String FOLDER_PROPERTY = "brigade.docs.figures";
    private static final long NO_HANG_SECONDS = 120;
    /** The standard budget measures three counts about 3 s each, three times, on a machine others may load. */
    private static final long SPEEDUP_SECONDS = 600;
    private static final int TEAPOT = 1;

    @TempDir
    static Path renders;

    private final AtomicReference<Path> renderFolder = new AtomicReference<>();
    private MainWindowFixture fixture;
    private MainViewModel viewModel;
    private MainWindow window;
    private ThemeViewModel theme;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        theme = new ThemeViewModel(ThemeStore.inMemory());
        WindowDialogs asking = WindowServices.dialogsOpening(owner -> Optional.empty());
        WindowDialogs dialogs = new WindowDialogs(asking.openChooser(), asking.saveChooser(), asking.unsavedChanges(),
                (owner, suggested) -> Optional.ofNullable(renderFolder.get()), asking.stillChooser(),
                asking.renderRunning(), asking.objChooser());
        fixture = MainWindowFixture.show(stage, shown -> {
            window = new MainWindow(shown, dialogs, () -> { }, theme);
            return window;
        }).opening(SampleScenes.TEAPOT_TURNTABLE);
        viewModel = fixture.viewModel();
    }

    @Stop
    void stop() throws Exception {
        fixture.shutDown();
    }

    @Test
    @Order(1)
    void theEditorIdleWithTheTeapotSelected(FxRobot robot) throws Exception {
        showTheTeapot(robot);

        Path file = write("editor-idle.png", stage.getScene().getRoot(), SnapshotScale.X1);

        assertSize(file, stage.getScene().getRoot(), 1);
    }

    @Test
    @Order(2)
    void theEditorMidRender(FxRobot robot) throws Exception {
        showTheTeapot(robot);
        renderSixFrames(robot, "frames");

        Path file = write("editor-mid-render.png", stage.getScene().getRoot(), SnapshotScale.X1);
        cancelTheRender(robot);

        assertSize(file, stage.getScene().getRoot(), 1);
    }

    @Test
    @Order(3)
    void theSpeedupChartForSlidesAndItsTable(FxRobot robot) throws Exception {
        showTheTeapot(robot);
        robot.interact(() -> menuItem("measureSpeedupItem").fire());
        robot.interact(() -> {
            // the window's own defaults: every count up to the cores and one beyond, frames 0-11
            robot.lookup("#speedupFirstFrame").queryTextInputControl().setText("0");
            robot.lookup("#speedupLastFrame").queryTextInputControl().setText("11");
            // the committed figure is measured under the standard budget; the build's own check runs the quick one
            robot.lookup("#speedupQuick").queryAs(CheckBox.class).setSelected(!refreshing());
        });
        robot.clickOn("#speedupRun");
        WaitForAsyncUtils.waitFor(SPEEDUP_SECONDS, TimeUnit.SECONDS, () -> robot.lookup("#speedupTable").tryQuery()
                .map(table -> !((TableView<?>) table).getItems().isEmpty()).orElse(false));
        // The progress bar leaves the layout when the run ends, which resizes the chart.
        WaitForAsyncUtils.waitFor(NO_HANG_SECONDS, TimeUnit.SECONDS,
                () -> !robot.lookup("#speedupRun").query().isDisabled());
        WaitForAsyncUtils.waitForFxEvents();
        Node chart = target("speedupChart");

        Path file = write("speedup-chart.png", chart, SnapshotScale.X2);
        Path csv = writeCsv("speedup.csv", robot.lookup("#speedupTable").queryAs(TableView.class),
                robot.lookup("#speedupQuick").queryAs(CheckBox.class).isSelected());

        assertSize(file, chart, 2);
        assertThat(Files.readAllLines(csv)).hasSize(1 + robot.lookup("#speedupTable").queryAs(TableView.class)
                .getItems().size());
    }

    /** The table's rows as the window's Export CSV... writes them (the fit is worked out again from the rows). */
    private static Path writeCsv(String name, TableView<?> table, boolean quick) throws Exception {
        List<ScalingRow> rows = table.getItems().stream().map(ScalingRow.class::cast).toList();
        ScalingReport report = ScalingReport.of(rows, Runtime.getRuntime().availableProcessors(),
                quick ? ScalingBudget.QUICK : ScalingBudget.STANDARD);
        return Files.writeString(Files.createDirectories(folder()).resolve(name), report.csv());
    }

    @Test
    @Order(4)
    void theLightThemeInPresentationMode(FxRobot robot) throws Exception {
        showTheTeapot(robot);
        look(robot, Theme.LIGHT, true);
        WaitForAsyncUtils.waitForFxEvents();

        Path file = write("editor-light-presentation.png", stage.getScene().getRoot(), SnapshotScale.X1);

        assertSize(file, stage.getScene().getRoot(), 1);
    }

    @Test
    @Order(5)
    void theWorkerTimelineForSlidesInTheLightTheme(FxRobot robot) throws Exception {
        showTheTeapot(robot);
        look(robot, Theme.LIGHT, false);
        renderSixFrames(robot, "timeline-frames");
        SnapshotTarget timeline = window.snapshots().targets().stream()
                .filter(target -> target.id().equals("workerTimeline")).findFirst().orElseThrow();
        Node node = target("workerTimeline");

        Path light = write("worker-timeline-light.png", timeline.picture(), node, SnapshotScale.X2);
        assertSize(light, node, 2);
        look(robot, Theme.DARK, true);
        // Presentation mode folds the teaching panel away; the instructor brings the timeline back (Ctrl+T).
        robot.interact(() -> viewModel.teaching().timeline().shownProperty().set(true));
        WaitForAsyncUtils.waitFor(NO_HANG_SECONDS, TimeUnit.SECONDS, () -> node.getLayoutBounds().getHeight() > 0);
        WaitForAsyncUtils.waitForFxEvents();
        Path presenting = write("worker-timeline-presentation.png", timeline.picture(), node, SnapshotScale.X2);
        assertSize(presenting, node, 2);
        cancelTheRender(robot);
    }

    private void look(FxRobot robot, Theme chosen, boolean presentation) {
        robot.interact(() -> {
            theme.themeProperty().set(chosen);
            theme.presentationProperty().set(presentation);
        });
    }

    /** Starts Render Animation and waits for six frames, or the end should it come first. */
    private void renderSixFrames(FxRobot robot, String folder) throws Exception {
        renderFolder.set(Files.createDirectories(renders.resolve(folder)));
        robot.push(KeyCode.SHORTCUT, KeyCode.R);
        WaitForAsyncUtils.waitFor(NO_HANG_SECONDS, TimeUnit.SECONDS,
                () -> viewModel.render().thumbnails().size() >= 6 || !viewModel.render().runningProperty().get());
    }

    private void cancelTheRender(FxRobot robot) throws Exception {
        robot.interact(() -> viewModel.render().cancel());
        WaitForAsyncUtils.waitFor(NO_HANG_SECONDS, TimeUnit.SECONDS, () -> !viewModel.render().runningProperty().get());
    }

    private void showTheTeapot(FxRobot robot) throws Exception {
        fixture.waitForTheScene(NO_HANG_SECONDS);
        robot.interact(() -> viewModel.outliner().selectObject(TEAPOT));
        WaitForAsyncUtils.waitFor(NO_HANG_SECONDS, TimeUnit.SECONDS,
                () -> viewModel.viewport().refinedProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private MenuItem menuItem(String id) {
        MenuBar bar = (MenuBar) stage.getScene().lookup("#menuBar");
        return bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> id.equals(item.getId())).findFirst().orElseThrow();
    }

    private Node target(String id) {
        return window.snapshots().targets().stream().filter(target -> target.id().equals(id)).findFirst()
                .flatMap(SnapshotTarget::showingNode).orElseThrow(() -> new AssertionError("no snapshot target " + id));
    }

    /** Takes the picture on the FX thread, as Snapshot > ... does, and writes it as PNG. */
    private static Path write(String name, Node node, SnapshotScale scale) throws Exception {
        return write(name, NodeSnapshots::take, node, scale);
    }

    /** As above, the picture made as the target makes it (a canvas chart draws itself again at the scale). */
    private static Path write(String name, ScaledPicture pictures, Node node, SnapshotScale scale) throws Exception {
        AtomicReference<WritableImage> image = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> image.set(pictures.take(node, scale))).get(NO_HANG_SECONDS,
                TimeUnit.SECONDS);
        WritableImage picture = image.get();
        Path file = Files.createDirectories(folder()).resolve(name);
        PngWriter.write(PngWriter.toImage((int) picture.getWidth(), (int) picture.getHeight(),
                NodeSnapshots.argb(picture)), file);
        return file;
    }

    private static boolean refreshing() {
        return !System.getProperty(FOLDER_PROPERTY, "").isBlank();
    }

    private static Path folder() {
        String named = System.getProperty(FOLDER_PROPERTY, "");
        return named.isBlank() ? Path.of("target", "doc-figures") : Path.of(named);
    }

    private static void assertSize(Path file, Node node, int scale) throws Exception {
        BufferedImage written = ImageIO.read(file.toFile());
        assertThat(written.getWidth()).isEqualTo((int) Math.ceil(node.getLayoutBounds().getWidth()) * scale);
        assertThat(written.getHeight()).isEqualTo((int) Math.ceil(node.getLayoutBounds().getHeight()) * scale);
    }
}
