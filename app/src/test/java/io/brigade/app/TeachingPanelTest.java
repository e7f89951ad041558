package io.brigade.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.brigade.app.teaching.TeachingPanel;
import io.brigade.app.testing.OpenStages;
import io.brigade.app.testing.SampleScenes;
import io.brigade.app.testing.WindowServices;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** The teaching panel's buttons: Compare stacks two runs, the exports write a PNG of the timeline and a trace. */
@ExtendWith(ApplicationExtension.class)
class TeachingPanelTest {

    private static final long NO_HANG_SECONDS = 60;

    @TempDir
    static Path dir;

    private WindowServices services;
    private MainViewModel viewModel;
    private TeachingPanel panel;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        services = new WindowServices();
        viewModel = services.viewModel();
        panel = new TeachingPanel(viewModel.teaching(),
                (owner, title, fileName, extension) -> Optional.of(dir.resolve(fileName)));
        OpenStages.showAtSceneSize(stage, new Scene(panel.node(), 1000, 320));
        viewModel.files().openScene(SampleScenes.TEAPOT_TURNTABLE);
    }

    @Stop
    void stop() throws Exception {
        OpenStages.closeAllBut(stage);
        services.shutDown();
    }

    @Test
    void compareThenExportThePictureAndTheTrace(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(NO_HANG_SECONDS, TimeUnit.SECONDS, () -> viewModel.sceneProperty().get() != null);
        robot.interact(() -> {
            io.brigade.engine.scene.Scene scene = viewModel.sceneProperty().get();
            viewModel.document().apply("Small", scene.withSettings(scene.settings().withSize(96, 54)
                    .withAntiAliasing(1).withFrames(0, 7)));
        });

        robot.clickOn("#compareButton");
        WaitForAsyncUtils.waitFor(NO_HANG_SECONDS, TimeUnit.SECONDS,
                () -> !viewModel.teaching().comparingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewModel.teaching().timeline().runs()).hasSize(2);
        assertThat(robot.from(stage.getScene().getRoot()).lookup("#teachingMessage").queryLabeled().getText()).contains("speedup");

        robot.clickOn("#exportTimelinePngButton");
        Path png = dir.resolve("worker-timeline.png");
        WaitForAsyncUtils.waitFor(NO_HANG_SECONDS, TimeUnit.SECONDS,
                () -> robot.from(stage.getScene().getRoot()).lookup("#teachingMessage").queryLabeled().getText().startsWith("Saved the timeline"));
        BufferedImage image = ImageIO.read(png.toFile());
        Region timeline = panel.timelineNode();
        assertThat(image.getWidth()).as("drawn again at 2x, for slides")
                .isEqualTo(2 * (int) Math.ceil(timeline.getWidth()));
        assertThat(image.getHeight()).isEqualTo(2 * (int) Math.ceil(timeline.getHeight()));

        robot.clickOn("#exportTraceButton");
        WaitForAsyncUtils.waitFor(NO_HANG_SECONDS, TimeUnit.SECONDS,
                () -> robot.from(stage.getScene().getRoot()).lookup("#teachingMessage").queryLabeled().getText().startsWith("Saved the trace"));
        assertThat(Files.readString(dir.resolve("worker-trace.json"))).contains("\"traceEvents\"", "frame 7");
    }
}
