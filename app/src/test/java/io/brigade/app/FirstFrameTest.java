package io.brigade.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class FirstFrameTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new Label("first frame"), 200, 100));
        stage.show();
    }

    @Test
    void reportsOnceTheTimeFromTheProcessStartToAPaintedFrame(FxRobot robot) throws Exception {
        List<Duration> reports = new CopyOnWriteArrayList<>();
        Instant asked = Instant.now();

        robot.interact(() -> FirstFrame.report(reports::add));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !reports.isEmpty());
        WaitForAsyncUtils.waitForFxEvents(); // a few more pulses, which must not report again

        Instant processStart = ProcessHandle.current().info().startInstant().orElseThrow();
        assertThat(reports).hasSize(1);
        assertThat(reports.get(0)).isPositive()
                .isGreaterThanOrEqualTo(Duration.between(processStart, asked).minusMillis(10))
                .isLessThanOrEqualTo(Duration.between(processStart, Instant.now()).plusMillis(10));
        assertThat(stage.isShowing()).isTrue();
    }
}
