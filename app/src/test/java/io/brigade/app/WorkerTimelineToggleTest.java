package io.brigade.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.brigade.app.testing.WindowServices;
import java.util.Optional;
import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** View > Worker Timeline and the panel's collapse button hide the charts and give the preview their room. */
@ExtendWith(ApplicationExtension.class)
class WorkerTimelineToggleTest {

    private WindowServices services;

    @Start
    void start(Stage stage) {
        services = new WindowServices();
        new MainWindow(services.viewModel(), WindowServices.dialogsOpening(owner -> Optional.empty()), () -> { })
                .showIn(stage);
    }

    @Stop
    void stop() throws InterruptedException {
        services.shutDown();
    }

    @Test
    void theShortcutHidesTheTimelineAndThePreviewGrowsThenBothComeBack(FxRobot robot) {
        Node charts = robot.lookup("#teachingCharts").query();
        Node preview = robot.lookup("#previewArea").query();
        double shownPreview = preview.getLayoutBounds().getHeight();
        double shownPanel = robot.lookup("#teachingPanel").query().getLayoutBounds().getHeight();
        assertThat(charts.isVisible()).as("shown at first").isTrue();
        assertThat(menuItem(robot).isSelected()).isTrue();

        robot.push(KeyCode.SHORTCUT, KeyCode.T);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(charts.isVisible()).isFalse();
        assertThat(menuItem(robot).isSelected()).isFalse();
        assertThat(preview.getLayoutBounds().getHeight()).as("the preview takes the charts' room")
                .isGreaterThan(shownPreview + 80);

        robot.clickOn("#collapseTimelineButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(charts.isVisible()).isTrue();
        assertThat(menuItem(robot).isSelected()).isTrue();
        assertThat(robot.lookup("#teachingPanel").query().getLayoutBounds().getHeight())
                .as("the height it had").isCloseTo(shownPanel, org.assertj.core.data.Offset.offset(2.0));
    }

    @Test
    void theWindowIsLargerAtFirstWhereTheScreenHasRoomAndFitsASmallOne() {
        assertThat(MainWindow.defaultSize(new Rectangle2D(0, 0, 2560, 1400)))
                .isEqualTo(new Dimension2D(MainWindow.WIDTH, MainWindow.HEIGHT));
        assertThat(MainWindow.defaultSize(new Rectangle2D(0, 0, 1366, 728))).isEqualTo(new Dimension2D(1366, 728));
        assertThat(MainWindow.WIDTH).isGreaterThan(1200);
    }

    private static CheckMenuItem menuItem(FxRobot robot) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        return (CheckMenuItem) bar.getMenus().stream().filter(menu -> "viewMenu".equals(menu.getId())).findFirst()
                .orElseThrow().getItems().stream().filter(item -> "showWorkerTimelineItem".equals(item.getId()))
                .findFirst().orElseThrow();
    }
}
