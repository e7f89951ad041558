package io.brigade.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.brigade.app.dialogs.WindowDialogs;
import io.brigade.app.testing.MainWindowFixture;
import io.brigade.app.testing.SampleScenes;
import io.brigade.app.testing.WindowServices;
import io.brigade.app.theme.ThemeStore;
import io.brigade.app.theme.ThemeViewModel;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** Presentation mode gives the projector the viewport: the window maximizes and the panels make room. */
@ExtendWith(ApplicationExtension.class)
class PresentationModeWindowTest {

    private static final long NO_HANG_SECONDS = 120;
    /** The share of the window's area the viewport keeps in presentation mode. */
    private static final double VIEWPORT_SHARE = 0.6;
    /** The normal charts' least height (110 px: a header, four thin lanes, the axis) in presentation's 1.45x type. */
    private static final double PRESENTED_CHARTS = 110 * 1.45;
    /** The status message's share of a 1280 px wide window (about an eighth before the editor details gave way). */
    private static final double MESSAGE_SHARE = 0.3;

    @TempDir
    static Path renders;

    private MainWindowFixture window;
    private ThemeViewModel theme;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        theme = new ThemeViewModel(ThemeStore.inMemory());
        WindowDialogs asking = WindowServices.dialogsOpening(owner -> Optional.empty());
        WindowDialogs dialogs = new WindowDialogs(asking.openChooser(), asking.saveChooser(), asking.unsavedChanges(),
                (owner, suggested) -> Optional.of(renders), asking.stillChooser(), asking.renderRunning(),
                asking.objChooser());
        window = MainWindowFixture.show(stage, viewModel -> new MainWindow(viewModel, dialogs, () -> { }, theme))
                .opening(SampleScenes.TEAPOT_TURNTABLE);
    }

    @BeforeEach
    void waitForTheScene() throws Exception {
        window.waitForTheScene(NO_HANG_SECONDS);
    }

    @Stop
    void stop() throws Exception {
        window.shutDown();
        // The stage is shared with the next tests: leave it as a fresh window would be.
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setMaximized(false);
            stage.setWidth(MainWindow.WIDTH);
            stage.setHeight(MainWindow.HEIGHT);
        }).get(NO_HANG_SECONDS, TimeUnit.SECONDS);
    }

    @Test
    void presentationModeMaximizesTheWindowAndLeavingItRestoresIt(FxRobot robot) throws Exception {
        robot.interact(() -> theme.presentationProperty().set(true));
        WaitForAsyncUtils.waitFor(NO_HANG_SECONDS, TimeUnit.SECONDS, stage::isMaximized);

        robot.interact(() -> theme.presentationProperty().set(false));
        WaitForAsyncUtils.waitFor(NO_HANG_SECONDS, TimeUnit.SECONDS, () -> !stage.isMaximized());
    }

    @Test
    void theWorkerTimelineComesBackInPresentationModeWhenAskedFor(FxRobot robot) throws Exception {
        robot.interact(() -> theme.presentationProperty().set(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.lookup(robot, "#teachingPanel").query().getLayoutBounds().getHeight()).isZero();

        robot.interact(() -> window.viewModel().teaching().timeline().shownProperty().set(true));
        WaitForAsyncUtils.waitFor(NO_HANG_SECONDS, TimeUnit.SECONDS,
                () -> window.lookup(robot, "#workerTimeline").query().getLayoutBounds().getHeight() > 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.lookup(robot, "#teachingCharts").query().getLayoutBounds().getHeight())
                .as("the charts keep room for enlarged lanes and the time axis").isGreaterThanOrEqualTo(PRESENTED_CHARTS);

        robot.interact(() -> theme.presentationProperty().set(false));
        WaitForAsyncUtils.waitFor(NO_HANG_SECONDS, TimeUnit.SECONDS,
                () -> window.lookup(robot, "#outlinerPanel").tryQuery().isPresent());
    }

    @Test
    void theStatusMessageKeepsRoomInPresentationModeAt1280By720(FxRobot robot) throws Exception {
        robot.interact(() -> {
            theme.presentationProperty().set(true);
            stage.setMaximized(false);
            stage.setWidth(1280);
            stage.setHeight(720);
        });
        robot.interact(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
        });

        assertThat(window.lookup(robot, "#statusTriangles").query().isVisible()).isFalse();
        assertThat(window.lookup(robot, "#statusRenderTime").query().isVisible()).isFalse();
        assertThat(window.lookup(robot, "#statusFrame").query().isVisible()).isTrue();
        assertThat(window.lookup(robot, ".status-label").query().getLayoutBounds().getWidth())
                .as("the message's width").isGreaterThanOrEqualTo(MESSAGE_SHARE * stage.getScene().getWidth());

        robot.interact(() -> theme.presentationProperty().set(false));
        assertThat(window.lookup(robot, "#statusTriangles").query().isVisible()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"1440, 900", "1280, 720"})
    void theViewportKeepsMostOfTheWindowWithTheRenderPanelOpen(double width, double height, FxRobot robot)
            throws Exception {
        robot.interact(() -> {
            theme.presentationProperty().set(true);
            stage.setMaximized(false);
            stage.setWidth(width);
            stage.setHeight(height);
            window.viewModel().renderStill();
            window.viewModel().renderAnimation(renders);
        });
        WaitForAsyncUtils.waitFor(NO_HANG_SECONDS, TimeUnit.SECONDS,
                () -> window.viewModel().still().stillProperty().get() != null
                        && !window.viewModel().render().thumbnails().isEmpty());
        robot.interact(() -> window.viewModel().render().cancel());
        robot.interact(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
        });

        Node viewport = window.lookup(robot, "#previewArea").query();
        Bounds shown = viewport.getLayoutBounds();
        double share = shown.getWidth() * shown.getHeight() / (stage.getScene().getWidth() * stage.getScene().getHeight());
        System.out.printf(java.util.Locale.ROOT, "presentation %.0fx%.0f: viewport %.0f%% of the window%n", width,
                height, 100 * share);
        assertThat(share).isGreaterThanOrEqualTo(VIEWPORT_SHARE);
        ScrollPane controls = window.lookup(robot, "#viewportControls").queryAs(ScrollPane.class);
        Node workers = window.lookup(robot, "#workersSpinner").query();
        double workersBottom = controls.getContent().sceneToLocal(workers.localToScene(workers.getLayoutBounds()))
                .getMaxY();
        assertThat(workersBottom).as("the Workers row shows whole in the controls' band, unscrolled")
                .isLessThanOrEqualTo(controls.getViewportBounds().getHeight());
    }
}
