package io.brigade.app.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import io.brigade.app.MainViewModel;
import io.brigade.app.testing.MainWindowFixture;
import io.brigade.app.testing.SampleScenes;
import io.brigade.app.testing.WindowServices;
import io.brigade.engine.scene.Scene;
import io.brigade.engine.scene.json.SceneFiles;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** At start, the window offers what the last run autosaved, in a dialog naming the scene and the time. */
@ExtendWith(ApplicationExtension.class)
class RecoveryOfferWindowTest {

    private static final long NO_HANG_SECONDS = 60;
    private static final Instant SAVED_AT = Instant.parse("2026-03-14T09:26:53Z");
    private static final ZoneId ZONE = ZoneOffset.UTC;

    private final AtomicInteger startupScenesOpened = new AtomicInteger();
    private final Scene autosaved = resized(SampleScenes.teapotTurntable());
    private MainWindowFixture window;
    private RecoveryStore store;
    private MainViewModel viewModel;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        store = new RecoveryStore(Files.createTempDirectory("brigade-recovery-test"));
        store.write(new RecoveredScene(autosaved, Optional.of(SampleScenes.TEAPOT_TURNTABLE), SAVED_AT));
        this.stage = stage;
        window = MainWindowFixture.show(stage, WindowServices.dialogsOpening(owner -> Optional.empty()));
        viewModel = window.viewModel();
        viewModel.files().enableAutosave(store, (period, tick) -> () -> { }, Clock.fixed(SAVED_AT, ZONE))
                .offerRecovery(recovered -> new FxRecoveryPrompt(ZONE).ask(stage, recovered),
                        startupScenesOpened::incrementAndGet);
    }

    @Stop
    void stop() throws Exception {
        window.shutDown();
    }

    @Test
    void recoverOpensTheAutosavedSceneAsUnsavedChangesToItsFile(FxRobot robot) throws Exception {
        DialogPane offer = awaitOffer(robot);
        assertThat(offer.getHeaderText()).contains(SampleScenes.TEAPOT_TURNTABLE.getFileName().toString())
                .isEqualTo(FxRecoveryPrompt.headline(
                        new RecoveredScene(autosaved, Optional.of(SampleScenes.TEAPOT_TURNTABLE), SAVED_AT), ZONE));

        Window offerWindow = offer.getScene().getWindow();
        robot.clickOn(FxRecoveryPrompt.RECOVER_TEXT);
        window.waitForTheScene(NO_HANG_SECONDS);

        assertThat(robot.listWindows()).as("the offer has closed").doesNotContain(offerWindow);
        assertThat(stage.getTitle())
                .isEqualTo("Brigade \u2014 *" + SampleScenes.TEAPOT_TURNTABLE.getFileName());
        assertThat(viewModel.sceneFileProperty().get()).isEqualTo(SampleScenes.TEAPOT_TURNTABLE);
        assertThat(SceneFiles.toJson(viewModel.sceneProperty().get())).isEqualTo(SceneFiles.toJson(autosaved));
        assertThat(startupScenesOpened).hasValue(0);
        assertThat(store.file()).exists();
    }

    @Test
    void discardDeletesTheAutosaveAndOpensTheStartupScene(FxRobot robot) throws Exception {
        awaitOffer(robot);

        robot.clickOn(FxRecoveryPrompt.DISCARD_TEXT);
        WaitForAsyncUtils.waitFor(NO_HANG_SECONDS, TimeUnit.SECONDS, () -> startupScenesOpened.get() == 1);
        WaitForAsyncUtils.waitFor(NO_HANG_SECONDS, TimeUnit.SECONDS, () -> !Files.exists(store.file()));

        assertThat(viewModel.sceneProperty().get()).isNull();
    }

    private static DialogPane awaitOffer(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(NO_HANG_SECONDS, TimeUnit.SECONDS,
                () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        return robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    }

    private static Scene resized(Scene scene) {
        return scene.withSettings(scene.settings().withSize(320, 180));
    }
}
