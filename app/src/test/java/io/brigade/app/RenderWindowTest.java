package io.brigade.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.brigade.app.dialogs.RenderRunningPrompt;
import io.brigade.app.dialogs.UnsavedChangesPrompt;
import io.brigade.app.dialogs.WindowDialogs;
import io.brigade.app.testing.MainWindowFixture;
import io.brigade.app.testing.SampleScenes;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
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

/** Rendering the animation from the Render menu while the editor stays usable. */
@ExtendWith(ApplicationExtension.class)
class RenderWindowTest {

    private static final long NO_HANG_SECONDS = 60;

    @TempDir
    static Path dir;

    private final AtomicReference<Path> suggestion = new AtomicReference<>();
    private MainWindowFixture window;
    private MainViewModel viewModel;

    @Start
    void start(Stage stage) {
        WindowDialogs dialogs = new WindowDialogs(owner -> Optional.empty(), (owner, suggested) -> Optional.empty(),
                (owner, sceneName) -> UnsavedChangesPrompt.Answer.CANCEL,
                (owner, suggested) -> {
                    suggestion.set(suggested);
                    return Optional.of(dir.resolve("frames"));
                }, (owner, suggested) -> Optional.empty(), owner -> RenderRunningPrompt.Answer.KEEP_RENDERING,
                owner -> Optional.empty());
        window = MainWindowFixture.show(stage, dialogs).opening(SampleScenes.TEAPOT_TURNTABLE);
        viewModel = window.viewModel();
    }

    @Stop
    void stop() throws Exception {
        window.shutDown();
    }

    @BeforeEach
    void waitForTheScene() throws Exception {
        window.waitForTheScene(NO_HANG_SECONDS);
    }

    @Test
    void theRenderPanelShowsProgressWhileTheTimelineStillMovesAndCancelStopsIt(FxRobot robot) throws Exception {
        assertThat(window.lookup(robot, "#renderPanel").query().isVisible()).isFalse();

        robot.push(KeyCode.SHORTCUT, KeyCode.R);

        assertThat(suggestion.get()).as("a sample's renders never go among the assets unasked")
                .isEqualTo(Path.of("render-out", "teapot-turntable").toAbsolutePath());
        assertThat(window.lookup(robot, "#renderPanel").query().isVisible()).isTrue();
        assertThat(window.lookup(robot, "#renderHeadline").queryLabeled().getText())
                .isEqualTo("Rendering into " + dir.resolve("frames"));
        robot.push(KeyCode.RIGHT);
        assertThat(viewModel.timeline().frameProperty().get()).isEqualTo(1);

        robot.clickOn("#cancelRenderButton");

        WaitForAsyncUtils.waitFor(NO_HANG_SECONDS, TimeUnit.SECONDS, () -> !viewModel.render().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.lookup(robot, "#renderHeadline").queryLabeled().getText())
                .matches("Cancelled after \\d+ of 96 frames");
        robot.clickOn("#closeRenderButton");
        assertThat(window.lookup(robot, "#renderPanel").query().isVisible()).isFalse();
    }
}
