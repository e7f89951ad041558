package io.brigade.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.brigade.app.testing.MainWindowFixture;
import io.brigade.app.testing.WindowServices;
import io.brigade.engine.scene.json.SceneFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** File > Open Sample lists every sample scene of the repository and opens each. */
@ExtendWith(ApplicationExtension.class)
class OpenSampleWindowTest {

    /** Generous: the million-triangle sample loads on a shared 2-core machine. */
    private static final long NO_HANG_SECONDS = 60;
    private static final Path SAMPLES = Path.of("..", "assets", "scenes").toAbsolutePath().normalize();

    private MainWindowFixture window;

    @Start
    void start(Stage stage) {
        window = MainWindowFixture.show(stage, viewModel -> new MainWindow(viewModel,
                WindowServices.dialogsOpening(owner -> {
                    throw new AssertionError("Open Sample asks for no file");
                }), () -> { }).withSamplesIn(SAMPLES));
    }

    @Stop
    void stop() throws Exception {
        window.shutDown();
    }

    @Test
    void listsAndOpensEverySampleScene(FxRobot robot) throws Exception {
        List<Path> samples = sceneFilesIn(SAMPLES);
        Menu openSample = openSampleMenu(robot);

        assertThat(samples).as("the repository's samples").isNotEmpty();
        assertThat(openSample.isDisable()).isFalse();
        assertThat(openSample.getItems()).extracting(MenuItem::getText).containsExactlyElementsOf(
                samples.stream().map(OpenSampleWindowTest::sceneName).toList());

        for (int i = 0; i < samples.size(); i++) {
            Path sample = samples.get(i);
            MenuItem item = openSample.getItems().get(i);
            robot.interact(item::fire);
            WaitForAsyncUtils.waitFor(NO_HANG_SECONDS, TimeUnit.SECONDS,
                    () -> sample.equals(window.viewModel().sceneFileProperty().get())
                            && window.viewModel().sceneProperty().get() != null);
        }
    }

    private Menu openSampleMenu(FxRobot robot) {
        Menu file = window.lookup(robot, "#menuBar").queryAs(MenuBar.class).getMenus().get(0);
        return file.getItems().stream().filter(item -> "openSampleMenu".equals(item.getId()))
                .map(Menu.class::cast).findFirst().orElseThrow();
    }

    private static List<Path> sceneFilesIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(SceneFiles.EXTENSION)).sorted().toList();
        }
    }

    private static String sceneName(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - SceneFiles.EXTENSION.length());
    }
}
