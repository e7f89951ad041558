package io.brigade.app.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.brigade.app.concurrent.ExecutorBackgroundTasks;
import io.brigade.app.testing.OpenStages;
import io.brigade.app.theme.ThemeStore;
import io.brigade.app.theme.ThemeViewModel;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
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

/** Pictures of nodes: exact sizes at each scale, the caption strip, the PNG file and the clipboard. */
@ExtendWith(ApplicationExtension.class)
class SnapshotsTest {

    private static final int WIDTH = 300;
    private static final int HEIGHT = 120;

    private final ThemeViewModel theme = new ThemeViewModel(ThemeStore.inMemory());
    private StackPane panel;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Label text = new Label("Speedup 1.9\u00d7 with 2 workers");
        text.setStyle("-fx-font-size: 18px;");
        panel = new StackPane(new Rectangle(40, 40, Color.CORNFLOWERBLUE), text);
        panel.setPrefSize(WIDTH, HEIGHT);
        Scene scene = new Scene(new VBox(panel));
        scene.getStylesheets().setAll(theme.stylesheets());
        OpenStages.showAtSceneSize(stage, scene);
    }

    @Stop
    void closeTheDialogs() throws Exception {
        OpenStages.closeAllBut(stage);
    }

    @Test
    void eachScaleMultipliesThePixelSizeExactly() {
        WritableImage one = onFx(() -> NodeSnapshots.take(panel, SnapshotScale.X1));
        WritableImage two = onFx(() -> NodeSnapshots.take(panel, SnapshotScale.X2));
        WritableImage three = onFx(() -> NodeSnapshots.take(panel, SnapshotScale.X3));

        assertThat(size(one)).containsExactly(WIDTH, HEIGHT);
        assertThat(size(two)).containsExactly(2 * WIDTH, 2 * HEIGHT);
        assertThat(size(three)).containsExactly(3 * WIDTH, 3 * HEIGHT);
    }

    @Test
    void twoTimesIsRedrawnSharpNotEnlarged() {
        WritableImage two = onFx(() -> NodeSnapshots.take(panel, SnapshotScale.X2));

        // An enlarged image repeats each pixel in 2x2 blocks; a redrawn one has text edges inside blocks.
        assertThat(blocksThatAreNotUniform(two)).isGreaterThan(20);
    }

    @Test
    void aCaptionAddsAStripAsWideAsThePictureAtTheSameScale() {
        WritableImage two = onFx(() -> NodeSnapshots.take(panel, SnapshotScale.X2));
        WritableImage captioned = onFx(() -> NodeSnapshots.withCaption(two, "Figure 1: two workers",
                SnapshotScale.X2, theme.stylesheets()));
        WritableImage blank = onFx(() -> NodeSnapshots.withCaption(two, "  ", SnapshotScale.X2, theme.stylesheets()));

        assertThat(captioned.getWidth()).isEqualTo(two.getWidth());
        assertThat(captioned.getHeight()).isGreaterThan(two.getHeight() + 2 * 16);
        assertThat(NodeSnapshots.argb(captioned)).startsWith(NodeSnapshots.argb(two));
        assertThat(size(blank)).containsExactly(2 * WIDTH, 2 * HEIGHT);
    }

    @Test
    void savesThePictureAsPngOfTheSameSizeAndCopiesToTheClipboard(@TempDir Path dir) throws Exception {
        List<Image> clipboard = new ArrayList<>();
        SnapshotViewModel viewModel = new SnapshotViewModel(new ExecutorBackgroundTasks(Runnable::run, Runnable::run),
                clipboard::add);
        viewModel.scaleProperty().set(SnapshotScale.X3);
        viewModel.captionProperty().set("Caption");
        SnapshotDialog dialog = new SnapshotDialog(viewModel, theme.stylesheets(), (owner, name) -> Optional.empty());
        WritableImage picture = onFx(() -> dialog.picture(panel));
        AtomicReference<Boolean> saved = new AtomicReference<>(false);

        onFx(() -> {
            viewModel.save(picture, dir.resolve("panel"), () -> saved.set(true));
            viewModel.copy(picture);
            return null;
        });

        BufferedImage png = ImageIO.read(dir.resolve("panel.png").toFile());
        assertThat(saved.get()).isTrue();
        assertThat(png.getWidth()).isEqualTo(3 * WIDTH);
        assertThat(png.getHeight()).isEqualTo((int) picture.getHeight()).isGreaterThan(3 * HEIGHT);
        assertThat(png.getRGB(10, 10)).isEqualTo(NodeSnapshots.argb(picture)[10 * 3 * WIDTH + 10]);
        assertThat(clipboard).containsExactly(picture);
        assertThat(viewModel.messageProperty().get()).contains("Copied 900 x");
        assertThat(viewModel.sizeText(WIDTH, HEIGHT)).isEqualTo("900 x 360 px");
    }

    @Test
    void theSizeCountsTheCaptionAndEachTargetKeepsItsOwnCaption() {
        SnapshotViewModel viewModel = new SnapshotViewModel(new ExecutorBackgroundTasks(Runnable::run, Runnable::run),
                image -> { });
        viewModel.scaleProperty().set(SnapshotScale.X2);
        assertThat(viewModel.sizeText(300, 120, 0)).isEqualTo("600 x 240 px");
        assertThat(viewModel.sizeText(300, 120, 32)).isEqualTo("600 x 304 px with the caption");

        viewModel.captionFor("viewport");
        viewModel.captionProperty().set("Figure 1: the teapot");
        viewModel.captionFor("workerTimeline");
        assertThat(viewModel.captionProperty().get()).as("a new target starts without a caption").isEmpty();
        viewModel.captionProperty().set("Figure 2: four workers");
        viewModel.captionFor("viewport");
        assertThat(viewModel.captionProperty().get()).isEqualTo("Figure 1: the teapot");
    }

    @Test
    void theDialogSavesAtTheChosenScaleWithTheCaptionAndCopies(@TempDir Path dir, FxRobot robot) throws Exception {
        List<Image> clipboard = new ArrayList<>();
        SnapshotViewModel viewModel = new SnapshotViewModel(new ExecutorBackgroundTasks(Runnable::run, Runnable::run),
                clipboard::add);
        List<String> suggested = new ArrayList<>();
        SnapshotDialog dialog = new SnapshotDialog(viewModel, theme.stylesheets(), (owner, name) -> {
            suggested.add(name);
            return Optional.of(dir.resolve(name));
        });
        SnapshotTargets targets = new SnapshotTargets();
        targets.register("panel", "Panel", panel);

        robot.interact(() -> dialog.open(panel.getScene().getWindow(), targets.targets().get(0)));
        robot.interact(() -> robot.lookup("#snapshotScale3").queryAs(ToggleButton.class).fire());
        assertThat(robot.lookup("#snapshotSize").queryAs(Label.class).getText()).isEqualTo("900 x 360 px");
        robot.interact(() -> robot.lookup("#snapshotCaption").queryAs(TextField.class).setText("Figure 2"));
        assertThat(robot.lookup("#snapshotSize").queryAs(Label.class).getText()).as("the caption's strip counts")
                .matches("900 x \\d+ px with the caption").isNotEqualTo("900 x 360 px with the caption");
        robot.interact(() -> robot.lookup("#snapshotSave").queryAs(Button.class).fire());
        robot.interact(() -> robot.lookup("#snapshotCopy").queryAs(Button.class).fire());

        assertThat(suggested).containsExactly("panel.png");
        BufferedImage png = ImageIO.read(dir.resolve("panel.png").toFile());
        assertThat(png.getWidth()).isEqualTo(3 * WIDTH);
        assertThat(png.getHeight()).isGreaterThan(3 * HEIGHT);
        assertThat(clipboard).singleElement().satisfies(image -> assertThat(size(image))
                .containsExactly(png.getWidth(), png.getHeight()));
        assertThat(viewModel.captionProperty().get()).isEqualTo("Figure 2");
        robot.interact(() -> ((Stage) robot.lookup("#snapshotSave").queryAs(Button.class).getScene().getWindow())
                .close());
    }

    @Test
    void theDialogTakesThePictureATargetDrawsItselfAtTheChosenScale(FxRobot robot) {
        List<Image> clipboard = new ArrayList<>();
        SnapshotViewModel viewModel = new SnapshotViewModel(new ExecutorBackgroundTasks(Runnable::run, Runnable::run),
                clipboard::add);
        SnapshotDialog dialog = new SnapshotDialog(viewModel, theme.stylesheets(), (owner, name) -> Optional.empty());
        List<SnapshotScale> asked = new ArrayList<>();
        SnapshotTargets targets = new SnapshotTargets();
        targets.register("drawn", "Drawn", panel, (node, scale) -> {
            asked.add(scale);
            return new WritableImage(7 * scale.factor(), 5 * scale.factor());
        });

        robot.interact(() -> dialog.open(panel.getScene().getWindow(), targets.targets().get(0)));
        robot.interact(() -> robot.lookup("#snapshotScale3").queryAs(ToggleButton.class).fire());
        robot.interact(() -> robot.lookup("#snapshotCopy").queryAs(Button.class).fire());

        assertThat(asked).containsExactly(SnapshotScale.X3);
        assertThat(clipboard).singleElement().satisfies(image -> assertThat(size(image)).containsExactly(21, 15));
        robot.interact(() -> ((Stage) robot.lookup("#snapshotCopy").queryAs(Button.class).getScene().getWindow())
                .close());
    }

    @Test
    void aFailedSaveSaysWhy(@TempDir Path dir) {
        SnapshotViewModel viewModel = new SnapshotViewModel(new ExecutorBackgroundTasks(Runnable::run, Runnable::run),
                image -> { });
        WritableImage picture = onFx(() -> NodeSnapshots.take(panel, SnapshotScale.X1));

        onFx(() -> {
            viewModel.save(picture, dir.resolve("missing-folder").resolve("x.png"), () -> { });
            return null;
        });

        assertThat(viewModel.failedProperty().get()).isTrue();
        assertThat(viewModel.messageProperty().get()).contains("Could not save").contains("x.png");
    }

    @Test
    void targetsAreNamedOnceAndOfferedOnlyWhileShowing() {
        SnapshotTargets targets = new SnapshotTargets();
        targets.register("panel", "Panel", panel);
        targets.register("offscreen", "Off screen", new Label("never shown"));

        assertThat(targets.targets()).extracting(SnapshotTarget::name).containsExactly("Panel", "Off screen");
        assertThat(targets.targets().get(0).showingNode()).contains(panel);
        assertThat(targets.targets().get(1).showingNode()).isEmpty();
        assertThatThrownBy(() -> targets.register("panel", "Again", panel))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("panel");
    }

    @Test
    void pngNamesGetTheirExtension() {
        assertThat(SnapshotViewModel.withPngExtension(Path.of("a", "chart"))).isEqualTo(Path.of("a", "chart.png"));
        assertThat(SnapshotViewModel.withPngExtension(Path.of("chart.PNG"))).isEqualTo(Path.of("chart.PNG"));
    }

    private static int[] size(Image image) {
        return new int[] {(int) image.getWidth(), (int) image.getHeight()};
    }

    private static int blocksThatAreNotUniform(Image image) {
        int width = (int) image.getWidth();
        int[] argb = NodeSnapshots.argb(image);
        int count = 0;
        for (int y = 0; y + 1 < image.getHeight(); y += 2) {
            for (int x = 0; x + 1 < width; x += 2) {
                int p = argb[y * width + x];
                int below = (y + 1) * width + x;
                if (argb[y * width + x + 1] != p || argb[below] != p || argb[below + 1] != p) {
                    count++;
                }
            }
        }
        return count;
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) {
        return WaitForAsyncUtils.waitForAsyncFx(60_000, work);
    }
}
