package io.brigade.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.brigade.app.testing.SampleScenes;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real application, launched with a scene file on its command line, opens that file or says why it cannot. */
class CommandLineSceneTest {

    private static final long NO_HANG_MILLIS = 60_000;
    private static final Path ORBIT_LIGHTS = SampleScenes.TEAPOT_TURNTABLE.resolveSibling("orbit-lights.scene.json");

    private Application app;

    @BeforeEach
    void registerStage() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void cleanUp() throws Exception {
        FxToolkit.cleanupApplication(app);
    }

    @Test
    void opensTheSceneNamedOnTheCommandLine() throws Exception {
        MainViewModel viewModel = launch(ORBIT_LIGHTS.toString());

        WaitForAsyncUtils.waitFor(NO_HANG_MILLIS, TimeUnit.MILLISECONDS, () -> viewModel.sceneProperty().get() != null);

        assertThat(viewModel.sceneFileProperty().get()).isEqualTo(ORBIT_LIGHTS);
        assertThat(viewModel.problemProperty().get()).isNull();
    }

    @Test
    void aMissingFileIsToldByNameAndTheEditorStaysUsable(@TempDir Path dir) throws Exception {
        MainViewModel viewModel = launch(dir.resolve("gone.scene.json").toString());

        WaitForAsyncUtils.waitFor(NO_HANG_MILLIS, TimeUnit.MILLISECONDS, () -> viewModel.problemProperty().get() != null);
        assertThat(viewModel.problemProperty().get().summary()).isEqualTo("Could not open gone.scene.json");
        assertThat(viewModel.sceneProperty().get()).isNull();

        new FxRobot().interact(() -> viewModel.files().openScene(ORBIT_LIGHTS));
        WaitForAsyncUtils.waitFor(NO_HANG_MILLIS, TimeUnit.MILLISECONDS, () -> viewModel.sceneProperty().get() != null);
        assertThat(viewModel.sceneFileProperty().get()).isEqualTo(ORBIT_LIGHTS);
    }

    @Test
    void argumentsItCannotUseAreToldInTheBanner() throws Exception {
        MainViewModel viewModel = launch("one.scene.json", "two.scene.json");

        WaitForAsyncUtils.waitFor(NO_HANG_MILLIS, TimeUnit.MILLISECONDS, () -> viewModel.problemProperty().get() != null);
        assertThat(viewModel.problemProperty().get().summary()).isEqualTo("Could not use the command line");
        assertThat(viewModel.problemProperty().get().detail()).contains("one.scene.json two.scene.json");
    }

    private MainViewModel launch(String... args) throws Exception {
        app = FxToolkit.setupApplication(BrigadeApp.class, args);
        return ((BrigadeApp) app).viewModel();
    }
}
