package io.brigade.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.brigade.app.edit.ObjectEdits;
import io.brigade.app.testing.WindowServices;
import io.brigade.engine.geometry.primitive.PrimitiveKind;
import io.brigade.engine.scene.RenderSettings;
import io.brigade.engine.scene.Scene;
import io.brigade.engine.scene.json.SceneFiles;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Pane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** The render panel's strip of finished frames, and a frame opened from it at full size. */
@ExtendWith(ApplicationExtension.class)
class RenderThumbnailsWindowTest {

    private static final long NO_HANG_SECONDS = 20;
    private static final int FRAMES = 4;
    private static final int WIDTH = 64;
    private static final int HEIGHT = 36;

    @TempDir
    static Path dir;

    private WindowServices services;
    private MainViewModel viewModel;

    @Start
    void start(Stage stage) throws Exception {
        Path sceneFile = dir.resolve("tiny" + SceneFiles.EXTENSION);
        RenderSettings settings = RenderSettings.DEFAULT.withSize(WIDTH, HEIGHT).withAntiAliasing(1)
                .withFrames(0, FRAMES - 1);
        SceneFiles.save(ObjectEdits.withPrimitiveAdded(Scene.empty(settings), PrimitiveKind.CUBE), sceneFile);
        services = new WindowServices();
        viewModel = services.viewModel();
        WindowDialogs dialogs = new WindowDialogs(owner -> Optional.empty(), (owner, suggested) -> Optional.empty(),
                (owner, sceneName) -> UnsavedChangesPrompt.Answer.CANCEL,
                (owner, suggested) -> Optional.of(dir.resolve("frames")));
        new MainWindow(viewModel, dialogs, () -> { }).showIn(stage);
        viewModel.openScene(sceneFile);
    }

    @Stop
    void stop() throws InterruptedException {
        services.shutDown();
    }

    @BeforeEach
    void waitForTheScene() throws Exception {
        WaitForAsyncUtils.waitFor(NO_HANG_SECONDS, TimeUnit.SECONDS, () -> viewModel.sceneProperty().get() != null);
    }

    @Test
    void everyFrameGetsAThumbnailAndClickingOneShowsTheFrame(FxRobot robot) throws Exception {
        robot.push(KeyCode.SHORTCUT, KeyCode.R);
        assertThat(robot.lookup("#renderThumbnailStrip").query().isVisible()).isTrue();
        WaitForAsyncUtils.waitFor(NO_HANG_SECONDS, TimeUnit.SECONDS, () -> !viewModel.render().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#renderHeadline").queryLabeled().getText()).startsWith("Rendered " + FRAMES);
        assertThat(robot.lookup("#renderThumbnails").queryAs(Pane.class).getChildren()).hasSize(FRAMES);

        robot.clickOn("#renderThumbnail2");
        WaitForAsyncUtils.waitFor(NO_HANG_SECONDS, TimeUnit.SECONDS, () -> robot.lookup("#frameWindowImage").tryQuery()
                .map(node -> ((ImageView) node).getImage().getProgress() >= 1).orElse(false));
        ImageView full = robot.lookup("#frameWindowImage").queryAs(ImageView.class);
        assertThat(full.getImage().isError()).isFalse();
        assertThat(full.getImage().getWidth()).isEqualTo(WIDTH);
        assertThat(full.getImage().getHeight()).isEqualTo(HEIGHT);
        assertThat(((Stage) full.getScene().getWindow()).getTitle()).isEqualTo("Frame 2 \u2014 frame_00002.png");
        robot.interact(() -> ((Stage) full.getScene().getWindow()).close());
    }
}
