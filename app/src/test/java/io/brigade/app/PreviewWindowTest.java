package io.brigade.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import io.brigade.app.testing.ImagePixels;
import io.brigade.app.testing.MainWindowFixture;
import io.brigade.app.testing.SampleScenes;
import io.brigade.app.testing.WindowServices;
import io.brigade.app.viewport.PreviewSize;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
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

/** The window with the sample scene open: the preview, the timeline, and a scene that fails to open. */
@ExtendWith(ApplicationExtension.class)
class PreviewWindowTest {

    private static final long NO_HANG_SECONDS = 60;
    /** Whole pixels round the preview's aspect a little. */
    private static final double ASPECT_TOLERANCE = 0.01;

    @TempDir
    static Path dir;

    private final AtomicReference<Path> nextChoice = new AtomicReference<>();
    private MainWindowFixture window;
    private MainViewModel viewModel;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = MainWindowFixture.show(stage,
                WindowServices.dialogsOpening(owner -> Optional.ofNullable(nextChoice.get())))
                .opening(SampleScenes.TEAPOT_TURNTABLE);
        viewModel = window.viewModel();
    }

    @Stop
    void stop() throws Exception {
        window.shutDown();
    }

    /** Waits for the first frame and its refinement, after which the preview stays as it is until something changes. */
    @BeforeEach
    void waitForTheFirstFrame() throws Exception {
        WaitForAsyncUtils.waitFor(NO_HANG_SECONDS, TimeUnit.SECONDS,
                () -> preview() != null && viewModel.viewport().refinedProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void showsTheSceneRenderedAtThePreviewSize(FxRobot robot) {
        Image image = preview();
        PreviewSize size = viewModel.viewport().previewSizeProperty().get();

        assertThat(size.width()).isLessThanOrEqualTo(PreviewSize.MAX_WIDTH);
        assertThat((double) size.width() / size.height())
                .isCloseTo(viewModel.sceneProperty().get().settings().aspect(), offset(ASPECT_TOLERANCE));
        assertThat(image.getWidth()).isEqualTo(size.width());
        assertThat(image.getHeight()).isEqualTo(size.height());
        assertThat(ImagePixels.showsMoreThanTheBackground(image)).isTrue();
        assertThat(window.lookup(robot, "#previewPlaceholder").queryLabeled().isVisible()).isFalse();
        assertThat(window.lookup(robot, "#statusScene").queryLabeled().getText())
                .isEqualTo("teapot-turntable.scene.json");
        assertThat(window.lookup(robot, "#statusTriangles").queryLabeled().getText()).matches("[\\d,]+ triangles");
        assertThat(window.lookup(robot, "#statusRenderTime").queryLabeled().getText())
                .matches("\\d+ ms(, anti-aliased)?");
        assertThat(window.lookup(robot, "#statusFrame").queryLabeled().getText()).isEqualTo("frame 0 / 95");
    }

    @Test
    void draggingTheSliderRendersAnotherFrame(FxRobot robot) throws Exception {
        Image first = preview();
        int[] firstPixels = ImagePixels.argb(first);

        robot.drag("#frameSlider .thumb").moveBy(150, 0).drop();

        Slider slider = window.lookup(robot, "#frameSlider").queryAs(Slider.class);
        int frame = viewModel.timeline().frameProperty().get();
        assertThat(frame).isPositive().isEqualTo((int) Math.round(slider.getValue()));
        assertThat(window.lookup(robot, "#frameField").queryAs(TextField.class).getText())
                .isEqualTo(String.valueOf(frame));
        WaitForAsyncUtils.waitFor(NO_HANG_SECONDS, TimeUnit.SECONDS, () -> preview() != first
                && window.lookup(robot, "#statusFrame").queryLabeled().getText().equals("frame " + frame + " / 95"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ImagePixels.argb(preview())).isNotEqualTo(firstPixels);
    }

    @Test
    void keysStepAndPlay(FxRobot robot) {
        robot.push(KeyCode.RIGHT).push(KeyCode.RIGHT).push(KeyCode.LEFT);
        assertThat(viewModel.timeline().frameProperty().get()).isEqualTo(1);

        robot.push(KeyCode.SPACE);
        assertThat(viewModel.timeline().playingProperty().get()).isTrue();
        robot.push(KeyCode.SPACE);
        assertThat(viewModel.timeline().playingProperty().get()).isFalse();
    }

    @Test
    void aTypedFrameIsShownAndEnterHandsTheKeysBack(FxRobot robot) {
        robot.doubleClickOn("#frameField").write("40").push(KeyCode.ENTER);
        assertThat(viewModel.timeline().frameProperty().get()).isEqualTo(40);

        robot.write("999").push(KeyCode.RIGHT);
        assertThat(window.lookup(robot, "#frameField").queryAs(TextField.class).getText()).isEqualTo("41");
    }

    @Test
    void aBrokenSceneIsReportedByFieldAndThePreviousSceneStays(FxRobot robot) throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.scene.json"),
                "{\"format\": \"brigade-scene\", \"version\": 1, \"camera\": {\"position\": [0, 1, 5]},"
                        + " \"settings\": {\"fps\": -5}}");
        nextChoice.set(broken);
        Image before = preview();
        String titleBefore = stage.getTitle();

        robot.push(KeyCode.SHORTCUT, KeyCode.O);

        WaitForAsyncUtils.waitFor(NO_HANG_SECONDS, TimeUnit.SECONDS,
                () -> window.lookup(robot, "#problemBanner").query().isVisible());
        assertThat(window.lookup(robot, "#problemSummary").queryLabeled().getText())
                .isEqualTo("Could not open broken.scene.json");
        assertThat(window.lookup(robot, "#problemDetail").queryLabeled().getText())
                .startsWith("broken.scene.json").contains("settings.fps");
        assertThat(stage.getTitle()).isEqualTo(titleBefore);
        assertThat(preview()).isSameAs(before);

        robot.clickOn("#dismissProblemButton");
        assertThat(window.lookup(robot, "#problemBanner").query().isVisible()).isFalse();
    }

    @Test
    void aModelMissingItsMaterialsOpensWithAnAmberWarningBanner(FxRobot robot) throws Exception {
        Files.writeString(dir.resolve("model.obj"), "mtllib model.mtl\nv 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 3\n");
        nextChoice.set(Files.writeString(dir.resolve("obj.scene.json"), "{\"format\": \"brigade-scene\", \"version\": 1, "
                + "\"camera\": {\"position\": [0, 0, 5]}, \"objects\": [{\"name\": \"m\", \"mesh\": {\"obj\": \"model.obj\"}}]}"));

        robot.push(KeyCode.SHORTCUT, KeyCode.O);

        WaitForAsyncUtils.waitFor(NO_HANG_SECONDS, TimeUnit.SECONDS,
                () -> window.lookup(robot, "#problemBanner").query().isVisible());
        assertThat(window.lookup(robot, "#problemSummary").queryLabeled().getText())
                .isEqualTo("Opened obj.scene.json with 1 warning");
        assertThat(window.lookup(robot, "#problemDetail").queryLabeled().getText())
                .startsWith("model.obj:1: material library \"model.mtl\" not found");
        assertThat(window.lookup(robot, "#problemBanner").query().getStyleClass()).contains("problem-warning");
        assertThat(stage.getTitle()).contains("obj.scene.json");
    }

    private Image preview() {
        return ((ImageView) stage.getScene().lookup("#preview")).getImage();
    }
}
