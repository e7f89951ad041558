package io.brigade.app.teaching;

import static org.assertj.core.api.Assertions.assertThat;

import io.brigade.app.export.NodeSnapshots;
import io.brigade.app.export.SnapshotScale;
import io.brigade.app.testing.OpenStages;
import io.brigade.app.theme.Theme;
import io.brigade.app.theme.ThemeChoice;
import io.brigade.engine.schedule.TraceSpan;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The canvas charts drawn again at a snapshot's scale, and in the chosen theme. */
@ExtendWith(ApplicationExtension.class)
class ChartPicturesTest {

    private static final int WIDTH = 700;
    private static final int HEIGHT = 220;
    private static final long FRAME_NANOS = 100_000_000;

    private final ObjectProperty<ThemeChoice> look = new SimpleObjectProperty<>(ThemeChoice.DEFAULT);
    private WorkerTimelineView timeline;
    private CpuUseView cpu;

    @Start
    void start(Stage stage) {
        WorkerTimelineViewModel viewModel = new WorkerTimelineViewModel(Runnable::run);
        List<TraceSpan> frames = IntStream.range(0, 6).mapToObj(frame -> new TraceSpan("frame " + frame, "render",
                "JavaFX Application Thread", frame * FRAME_NANOS, FRAME_NANOS, Map.of("frame", frame))).toList();
        viewModel.showUiThreadRun("Blocking, 1 worker", 0, frames);
        timeline = new WorkerTimelineView(viewModel, look.map(ChartStyle::of));
        cpu = new CpuUseView(viewModel, 4, look.map(ChartStyle::of));
        HBox.setHgrow(timeline.node(), Priority.ALWAYS);
        cpu.node().setPrefWidth(250);
        OpenStages.showAtSceneSize(stage, new Scene(new HBox(timeline.node(), cpu.node()), WIDTH, HEIGHT));
    }

    @Test
    void aPictureAtTwiceTheScaleIsTwiceTheSizeAndDrawnAgainNotEnlarged() throws Exception {
        WritableImage once = onFx(() -> timeline.picture(SnapshotScale.X1));
        WritableImage twice = onFx(() -> timeline.picture(SnapshotScale.X2));
        WritableImage thrice = onFx(() -> cpu.picture(SnapshotScale.X3));

        assertThat(size(once)).containsExactly((int) Math.ceil(timeline.node().getWidth()),
                (int) Math.ceil(timeline.node().getHeight()));
        assertThat(size(twice)).containsExactly(2 * size(once)[0], 2 * size(once)[1]);
        assertThat(size(thrice)).containsExactly(3 * (int) Math.ceil(cpu.node().getWidth()),
                3 * (int) Math.ceil(cpu.node().getHeight()));
        assertThat(unevenBlocks(twice)).as("2x2 blocks holding more than one colour: finer detail than 1x")
                .isGreaterThan(200);
    }

    @Test
    void atOneTimesThePictureIsWhatTheScreenShows() throws Exception {
        WritableImage picture = onFx(() -> timeline.picture(SnapshotScale.X1));
        WritableImage screen = onFx(() -> timeline.canvas().snapshot(new SnapshotParameters(), null));

        assertThat(size(picture)).containsExactly(size(screen));
        assertThat(NodeSnapshots.argb(picture)).isEqualTo(NodeSnapshots.argb(screen));
    }

    @Test
    void switchingTheThemeRedrawsInItsColours() throws Exception {
        assertThat(onFx(() -> corner(timeline.picture(SnapshotScale.X1)))).isEqualTo(TimelineColors.DARK.ground());
        assertThat(onFx(() -> corner(timeline.canvas().snapshot(new SnapshotParameters(), null))))
                .isEqualTo(TimelineColors.DARK.ground());

        onFx(() -> {
            look.set(new ThemeChoice(Theme.LIGHT, false));
            return null;
        });

        assertThat(onFx(() -> corner(timeline.picture(SnapshotScale.X1)))).isEqualTo(TimelineColors.LIGHT.ground());
        assertThat(onFx(() -> corner(timeline.canvas().snapshot(new SnapshotParameters(), null))))
                .as("the chart on screen").isEqualTo(TimelineColors.LIGHT.ground());
    }

    @Test
    void presentationModeDrawsLargerType() throws Exception {
        int normal = onFx(() -> inkHeight(timeline.picture(SnapshotScale.X1)));

        onFx(() -> {
            look.set(new ThemeChoice(Theme.DARK, true));
            return null;
        });

        assertThat(onFx(() -> inkHeight(timeline.picture(SnapshotScale.X1)))).as("rows the run's title covers")
                .isGreaterThan(normal);
    }

    /** How many 2x2 blocks, aligned on even pixels, hold more than one colour. */
    private static int unevenBlocks(Image image) {
        int width = (int) image.getWidth();
        int[] argb = NodeSnapshots.argb(image);
        int uneven = 0;
        for (int y = 0; y + 1 < image.getHeight(); y += 2) {
            for (int x = 0; x + 1 < width; x += 2) {
                int at = y * width + x;
                if (argb[at] != argb[at + 1] || argb[at] != argb[at + width] || argb[at] != argb[at + width + 1]) {
                    uneven++;
                }
            }
        }
        return uneven;
    }

    /** The rows of the run's header (above the first lane), left of the time grid, with the title's ink in them. */
    private static int inkHeight(Image image) {
        int[] argb = NodeSnapshots.argb(image);
        int width = (int) image.getWidth();
        int ground = argb[0];
        int rows = 0;
        for (int y = 0; argb[y * width] == ground; y++) {
            for (int x = 0; x < TimelineLayout.LABEL_WIDTH - 10; x++) {
                if (argb[y * width + x] != ground) {
                    rows++;
                    break;
                }
            }
        }
        return rows;
    }

    private static Color corner(Image image) {
        return image.getPixelReader().getColor(1, 1);
    }

    private static int[] size(Image image) {
        return new int[] {(int) image.getWidth(), (int) image.getHeight()};
    }

    private static <T> T onFx(Callable<T> task) throws Exception {
        return WaitForAsyncUtils.asyncFx(task).get(60, TimeUnit.SECONDS);
    }
}
