package io.brigade.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.brigade.app.dialogs.RenderRunningPrompt;
import io.brigade.app.dialogs.UnsavedChangesPrompt;
import io.brigade.app.dialogs.WindowDialogs;
import io.brigade.app.edit.ObjectEdits;
import io.brigade.app.export.NodeSnapshots;
import io.brigade.app.render.FrameSlot;
import io.brigade.app.testing.MainWindowFixture;
import io.brigade.app.testing.SampleScenes;
import io.brigade.engine.geometry.primitive.PrimitiveKind;
import io.brigade.engine.io.PngSequenceWriter;
import io.brigade.engine.math.Vec3;
import io.brigade.engine.scene.RenderSettings;
import io.brigade.engine.scene.Scene;
import io.brigade.engine.scene.Transform;
import io.brigade.engine.scene.json.SceneFiles;
import io.brigade.engine.schedule.RenderListener;
import io.brigade.engine.schedule.RenderRequest;
import io.brigade.engine.schedule.RenderScheduler;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** Final renders of a tiny scene from the Render menu: the animation's thumbnails, and a still saved as PNG. */
@ExtendWith(ApplicationExtension.class)
class FinalRenderWindowTest {

    private static final long NO_HANG_SECONDS = 60;
    private static final int FRAMES = 4;
    private static final int WIDTH = 64;
    private static final int HEIGHT = 36;
    /**
     * Generous: a 2-core machine under Monocle, shared with other builds; a blocked FX thread takes seconds. A
     * round trip may also reach a fraction of the render's own wall time, which a load stretches as it stretches
     * the round trips, and still tells a live FX thread from one the render blocks.
     */
    private static final double WORST_FX_ROUND_TRIP_MILLIS = 1000;
    private static final double WORST_FX_ROUND_TRIP_OF_RENDER = 0.5;

    @TempDir
    static Path dir;

    private final AtomicReference<Path> stillSuggestion = new AtomicReference<>();
    private final AtomicInteger renderPrompts = new AtomicInteger();
    private final AtomicInteger renderFolderPrompts = new AtomicInteger();
    private final AtomicReference<RenderRunningPrompt.Answer> renderAnswer =
            new AtomicReference<>(RenderRunningPrompt.Answer.KEEP_RENDERING);
    private Stage stage;
    private MainWindowFixture window;
    private MainViewModel viewModel;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path sceneFile = dir.resolve("tiny" + SceneFiles.EXTENSION);
        RenderSettings settings = RenderSettings.DEFAULT.withSize(WIDTH, HEIGHT).withAntiAliasing(1)
                .withFrames(0, FRAMES - 1);
        SceneFiles.save(ObjectEdits.withPrimitiveAdded(Scene.empty(settings), PrimitiveKind.CUBE), sceneFile);
        WindowDialogs dialogs = new WindowDialogs(owner -> Optional.empty(), (owner, suggested) -> Optional.empty(),
                (owner, sceneName) -> UnsavedChangesPrompt.Answer.DONT_SAVE, // the long render is an edit
                (owner, suggested) -> {
                    renderFolderPrompts.incrementAndGet();
                    return Optional.of(dir.resolve("frames"));
                }, (owner, suggested) -> {
                    stillSuggestion.set(suggested);
                    return Optional.of(dir.resolve("still.png"));
                }, owner -> {
                    renderPrompts.incrementAndGet();
                    return renderAnswer.get();
                }, owner -> Optional.empty());
        window = MainWindowFixture.show(stage, dialogs).opening(sceneFile);
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
    void everyFrameGetsAThumbnailAndClickingOneShowsTheFrame(FxRobot robot) throws Exception {
        robot.push(KeyCode.SHORTCUT, KeyCode.R);
        assertThat(window.lookup(robot, "#renderThumbnailStrip").query().isVisible()).isTrue();
        WaitForAsyncUtils.waitFor(NO_HANG_SECONDS, TimeUnit.SECONDS, () -> !viewModel.render().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.lookup(robot, "#renderHeadline").queryLabeled().getText()).startsWith("Rendered " + FRAMES);
        assertThat(viewModel.render().frameSlots()).allMatch(slot -> slot.thumbnail().isPresent())
                .extracting(FrameSlot::frame).containsExactly(0, 1, 2, 3);
        for (int frame = 0; frame < FRAMES; frame++) {
            assertThat(window.lookup(robot, "#renderThumbnail" + frame).tryQuery()).as("frame %d in view", frame)
                    .isPresent();
        }
        assertThat(renderFolderPrompts).as("a scene with a file renders beside it, as the settings say").hasValue(0);
        assertThat(viewModel.render().frameFile(0)).contains(dir.resolve("render-out").resolve("tiny")
                .resolve("frame_00000.png").toAbsolutePath());

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

    @Test
    void thumbnailsStayWithTheirFramesWhileTheStripScrollsAndReusesItsCells(FxRobot robot) throws Exception {
        // The turntable, so every frame's picture differs; more frames than the strip shows at once, so
        // scrolling hands cells from frame to frame.
        int frames = 40;
        robot.interact(() -> viewModel.files().openScene(SampleScenes.TEAPOT_TURNTABLE));
        window.waitForTheScene(NO_HANG_SECONDS);
        WaitForAsyncUtils.waitFor(NO_HANG_SECONDS, TimeUnit.SECONDS,
                () -> SampleScenes.TEAPOT_TURNTABLE.equals(viewModel.sceneFileProperty().get()));
        robot.interact(() -> {
            Scene scene = viewModel.sceneProperty().get();
            viewModel.document().apply("Small and many", scene.withSettings(scene.settings().withSize(WIDTH, HEIGHT)
                    .withAntiAliasing(1).withFrames(0, frames - 1)));
        });
        robot.push(KeyCode.SHORTCUT, KeyCode.R);
        WaitForAsyncUtils.waitFor(NO_HANG_SECONDS, TimeUnit.SECONDS, () -> !viewModel.render().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        ListView<FrameSlot> strip = window.lookup(robot, "#renderThumbnailStrip").queryListView();

        for (int scrolledTo : new int[] {frames - 1, frames / 2, 0}) {
            robot.interact(() -> strip.scrollTo(scrolledTo));
            WaitForAsyncUtils.waitForFxEvents();
            List<ListCell<?>> shown = WaitForAsyncUtils.asyncFx(() -> strip.lookupAll(".render-thumbnail-cell").stream()
                    .<ListCell<?>>map(node -> (ListCell<?>) node).filter(cell -> cell.isVisible() && cell.getItem() != null)
                    .toList()).get(NO_HANG_SECONDS, TimeUnit.SECONDS);
            assertThat(shown).as("cells in view after scrolling to frame %d", scrolledTo).hasSizeGreaterThan(2);
            for (ListCell<?> cell : shown) {
                FrameSlot slot = (FrameSlot) cell.getItem();
                Button button = (Button) cell.getGraphic();
                int[] expected = slot.thumbnail().orElseThrow().copyPixels();
                assertThat(button.getId()).isEqualTo("renderThumbnail" + slot.frame());
                assertThat(button.getTooltip().getText()).isEqualTo("Frame " + slot.frame());
                assertThat(NodeSnapshots.argb(((ImageView) button.getGraphic()).getImage()))
                        .as("frame %d's picture", slot.frame()).isEqualTo(expected);
            }
        }
    }

    @Test
    void reopeningTheSceneStartsCleanWithAnEmptyStripAndNoChangedMark(FxRobot robot) throws Exception {
        robot.push(KeyCode.SHORTCUT, KeyCode.R);
        WaitForAsyncUtils.waitFor(NO_HANG_SECONDS, TimeUnit.SECONDS, () -> !viewModel.render().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.lookup(robot, "#renderThumbnailStrip").queryListView().getItems()).hasSize(FRAMES);

        robot.interact(() -> viewModel.files().openScene(viewModel.sceneFileProperty().get()));
        WaitForAsyncUtils.waitFor(NO_HANG_SECONDS, TimeUnit.SECONDS, () -> !viewModel.render().shownProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.lookup(robot, "#renderPanel").query().isVisible()).isFalse();
        assertThat(window.lookup(robot, "#renderThumbnailStrip").queryListView().getItems()).isEmpty();
        assertThat(window.lookup(robot, "#renderSceneChanged").query().isVisible()).isFalse();
        assertThat(window.lookup(robot, "#freezeReport").query().isVisible()).isFalse();
    }

    @Test
    void aDoubleClickOpensOneFrameWindowAndEscapeOrShortcutWCloseIt(FxRobot robot) throws Exception {
        robot.push(KeyCode.SHORTCUT, KeyCode.R);
        WaitForAsyncUtils.waitFor(NO_HANG_SECONDS, TimeUnit.SECONDS, () -> !viewModel.render().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        robot.doubleClickOn("#renderThumbnail1");
        WaitForAsyncUtils.waitFor(NO_HANG_SECONDS, TimeUnit.SECONDS, () -> frameWindows().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(frameWindows()).hasSize(1);
        Stage viewer = frameWindows().get(0);
        robot.interact(viewer::requestFocus);
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(NO_HANG_SECONDS, TimeUnit.SECONDS, () -> frameWindows().isEmpty());

        robot.clickOn("#renderThumbnail3");
        WaitForAsyncUtils.waitFor(NO_HANG_SECONDS, TimeUnit.SECONDS, () -> frameWindows().size() == 1);
        robot.interact(() -> frameWindows().get(0).requestFocus());
        robot.push(KeyCode.SHORTCUT, KeyCode.W);
        WaitForAsyncUtils.waitFor(NO_HANG_SECONDS, TimeUnit.SECONDS, () -> frameWindows().isEmpty());
    }

    @Test
    void renderIntoAsksForTheFolderEachTime(FxRobot robot) throws Exception {
        robot.interact(() -> ((MenuBar) window.lookup(robot, "#menuBar").query()).getMenus().stream()
                .flatMap(menu -> menu.getItems().stream()).filter(item -> "renderIntoItem".equals(item.getId()))
                .findFirst().orElseThrow().fire());
        WaitForAsyncUtils.waitFor(NO_HANG_SECONDS, TimeUnit.SECONDS, () -> !viewModel.render().runningProperty().get());

        assertThat(renderFolderPrompts).hasValue(1);
        assertThat(viewModel.render().frameFile(0)).contains(dir.resolve("frames").resolve("frame_00000.png"));
    }

    private static List<Stage> frameWindows() {
        return Window.getWindows().stream().filter(Stage.class::isInstance).map(Stage.class::cast)
                .filter(stage -> stage.isShowing() && stage.getTitle() != null && stage.getTitle().startsWith("Frame "))
                .toList();
    }

    @Test
    void renderStillShowsTheFrameInThePreviewAndSavesItAsPng(FxRobot robot) throws Exception {
        robot.push(KeyCode.RIGHT);
        robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.R);
        assertThat(window.lookup(robot, "#stillPanel").query().isVisible()).isTrue();
        WaitForAsyncUtils.waitFor(NO_HANG_SECONDS, TimeUnit.SECONDS, () -> !viewModel.still().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.lookup(robot, "#stillHeadline").queryLabeled().getText())
                .startsWith("Rendered frame 1 (" + WIDTH + " \u00d7 " + HEIGHT + ")");
        assertThat(viewModel.viewport().isShowingStill()).isTrue();
        assertThat(window.lookup(robot, "#preview").queryAs(ImageView.class).getImage().getWidth()).isEqualTo(WIDTH);

        robot.clickOn("#saveStillButton");
        WaitForAsyncUtils.waitFor(NO_HANG_SECONDS, TimeUnit.SECONDS, () -> Files.exists(dir.resolve("still.png"))
                && viewModel.statusTextProperty().get().startsWith("Saved the still"));
        assertThat(stillSuggestion.get().getFileName().toString()).isEqualTo("tiny_frame_00001.png");
        BufferedImage saved = ImageIO.read(dir.resolve("still.png").toFile());
        assertThat(saved.getWidth()).isEqualTo(WIDTH);
        assertThat(saved.getHeight()).isEqualTo(HEIGHT);

        robot.push(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewModel.viewport().isShowingStill()).isFalse();
        robot.clickOn("#closeStillButton");
        assertThat(window.lookup(robot, "#stillPanel").query().isVisible()).isFalse();
    }

    @Test
    void theSettingsDialogNamesAWrongFieldAndAppliesAnUndoableEdit(FxRobot robot) {
        robot.clickOn("#renderMenu").clickOn("#renderSettingsItem");
        robot.doubleClickOn("#widthField").eraseText(4).write("wide");
        robot.clickOn("#renderSettingsOk");

        assertThat(robot.lookup("#renderSettingsProblems").queryLabeled().getText())
                .isEqualTo("Width: must be a whole number between 1 and 16384, got 'wide'");
        robot.doubleClickOn("#widthField").eraseText(4).write("32");
        robot.clickOn("#renderSettingsOk");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(viewModel.sceneProperty().get().settings().width()).isEqualTo(32);
        assertThat(viewModel.sceneProperty().get().settings().height()).isEqualTo(HEIGHT);
        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        assertThat(viewModel.sceneProperty().get().settings().width()).isEqualTo(WIDTH);
    }

    @Test
    void closingDuringARenderAsksAndKeepRenderingLeavesTheWindowOpen(FxRobot robot) throws Exception {
        makeTheRenderLong(robot);
        robot.push(KeyCode.SHORTCUT, KeyCode.R);

        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));

        assertThat(renderPrompts).hasValue(1);
        assertThat(stage.isShowing()).isTrue();
        assertThat(viewModel.render().runningProperty().get()).isTrue();
        robot.clickOn("#cancelRenderButton");
        WaitForAsyncUtils.waitFor(NO_HANG_SECONDS, TimeUnit.SECONDS, () -> !viewModel.render().runningProperty().get());
    }

    @Test
    void cancelRenderAndQuitClosesTheWindowAndEveryThreadOfTheJobEnds(FxRobot robot) throws Exception {
        makeTheRenderLong(robot);
        Set<Thread> before = engineThreads();
        robot.push(KeyCode.SHORTCUT, KeyCode.R);
        Set<Thread> jobThreads = engineThreads();
        jobThreads.removeAll(before);
        assertThat(jobThreads).as("the job's own threads").isNotEmpty();
        renderAnswer.set(RenderRunningPrompt.Answer.CANCEL_RENDER_AND_QUIT);

        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));

        assertThat(renderPrompts).hasValue(1);
        assertThat(stage.isShowing()).isFalse();
        for (Thread thread : jobThreads) {
            thread.join(TimeUnit.SECONDS.toMillis(NO_HANG_SECONDS));
            assertThat(thread.isAlive()).as("%s still running", thread.getName()).isFalse();
        }
    }

    /** Enough frames at a size that the render is still going when the test acts on it. */
    /** A render that lasts far longer than any test step (the tests cancel it): 400 frames took 1.5 s once. */
    private void makeTheRenderLong(FxRobot robot) {
        robot.interact(() -> viewModel.document().apply("Long render", viewModel.sceneProperty().get()
                .withSettings(viewModel.sceneProperty().get().settings().withSize(640, 360).withFrames(0, 49_999))));
    }

    private static Set<Thread> engineThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith("brigade-")).collect(Collectors.toSet());
    }

    @Test
    void editsDuringARenderLeaveItsFramesAsTheSceneWasAtTheClick(FxRobot robot) throws Exception {
        Scene atClick = viewModel.sceneProperty().get();
        Path during = dir.resolve("during-edits");
        AtomicReference<Boolean> changedWhileRunning = new AtomicReference<>();

        robot.interact(() -> {
            viewModel.renderAnimation(during);
            Scene moved = ObjectEdits.withTransformAt(atClick, 0, 0,
                    Transform.translation(new Vec3(0.7, -0.3, 0.2)));
            viewModel.document().apply("Move", moved);
            changedWhileRunning.set(viewModel.render().sceneChangedProperty().get());
            viewModel.document().undo();
            viewModel.document().redo();
        });
        assertThat(changedWhileRunning.get()).isTrue();
        assertThat(window.lookup(robot, "#renderSceneChanged").query().isVisible()).isTrue();
        WaitForAsyncUtils.waitFor(NO_HANG_SECONDS, TimeUnit.SECONDS, () -> !viewModel.render().runningProperty().get());

        Path reference = dir.resolve("reference");
        new RenderScheduler().start(RenderRequest.of(atClick::poseAt, atClick.settings()).withWorkers(1)
                .withOutput(new PngSequenceWriter(reference)), new RenderListener() { })
                .result().get(NO_HANG_SECONDS, TimeUnit.SECONDS).orThrow();
        for (int frame = 0; frame < FRAMES; frame++) {
            String name = String.format(Locale.ROOT, "frame_%05d.png", frame);
            assertThat(Files.mismatch(during.resolve(name), reference.resolve(name))).as(name).isEqualTo(-1L);
        }
        robot.interact(() -> viewModel.document().undo());
        assertThat(window.lookup(robot, "#renderSceneChanged").query().isVisible())
                .as("undone back to the scene at the click").isFalse();
    }

    @Test
    void theFxThreadStaysResponsiveWhileARenderKeepsEveryCoreBusy(FxRobot robot) throws Exception {
        robot.interact(() -> viewModel.document().apply("Busy render", viewModel.sceneProperty().get()
                .withSettings(viewModel.sceneProperty().get().settings().withSize(320, 180).withFrames(0, 47))));
        FxPings pings = new FxPings();
        pings.start();
        try {
            robot.push(KeyCode.SHORTCUT, KeyCode.R);
            for (int step = 0; step < 6; step++) {
                robot.push(KeyCode.RIGHT);
            }
            robot.clickOn("#renderMenu");
            robot.push(KeyCode.ESCAPE);
            WaitForAsyncUtils.waitFor(NO_HANG_SECONDS, TimeUnit.SECONDS,
                    () -> !viewModel.render().runningProperty().get());
        } finally {
            pings.stop();
        }
        WaitForAsyncUtils.waitForFxEvents();

        double renderMillis = viewModel.render().statusProperty().get().elapsed().toNanos() / 1e6;
        System.out.printf(Locale.ROOT, "FX ping round trips during a render of %.0f ms: %d, worst %.1f ms%n",
                renderMillis, pings.count(), pings.worstMillis());
        assertThat(pings.count()).as("pings answered").isGreaterThan(10);
        assertThat(pings.worstMillis()).as("worst FX round trip (ms) during a render of %.0f ms", renderMillis)
                .isLessThan(Math.max(WORST_FX_ROUND_TRIP_MILLIS, WORST_FX_ROUND_TRIP_OF_RENDER * renderMillis));
        assertThat(viewModel.render().progressProperty().get()).isEqualTo(1.0);
        assertThat(viewModel.timeline().frameProperty().get()).as("scrubbed during the render").isEqualTo(6);
    }

    /** Posts a task to the FX thread every {@link #PING_MILLIS} ms and records how long each took to run. */
    private static final class FxPings {
        private static final long PING_MILLIS = 10;
        private final Thread thread = new Thread(this::pingUntilStopped, "test-fx-pings");
        private final AtomicLong worstNanos = new AtomicLong();
        private final AtomicInteger answered = new AtomicInteger();
        private volatile boolean stopped;

        void start() {
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            stopped = true;
            thread.join(TimeUnit.SECONDS.toMillis(NO_HANG_SECONDS));
        }

        int count() {
            return answered.get();
        }

        double worstMillis() {
            return worstNanos.get() / 1e6;
        }

        private void pingUntilStopped() {
            try {
                while (!stopped) {
                    CountDownLatch ran = new CountDownLatch(1);
                    long posted = System.nanoTime();
                    Platform.runLater(() -> {
                        worstNanos.accumulateAndGet(System.nanoTime() - posted, Math::max);
                        answered.incrementAndGet();
                        ran.countDown();
                    });
                    if (!ran.await(NO_HANG_SECONDS, TimeUnit.SECONDS)) {
                        worstNanos.set(TimeUnit.SECONDS.toNanos(NO_HANG_SECONDS));
                        return;
                    }
                    Thread.sleep(PING_MILLIS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Test
    void theOpenedSceneIsListedUnderOpenRecentAndOpensFromThere(FxRobot robot) throws Exception {
        robot.interact(() -> viewModel.document().apply("Edit to lose", viewModel.sceneProperty().get()
                .withSettings(viewModel.sceneProperty().get().settings().withSize(WIDTH * 2, HEIGHT))));
        Menu recent = window.lookup(robot, "#menuBar").queryAs(MenuBar.class).getMenus().get(0).getItems().stream()
                .filter(item -> "openRecentMenu".equals(item.getId())).map(Menu.class::cast).findFirst().orElseThrow();
        assertThat(recent.getItems()).extracting(MenuItem::getText)
                .containsExactly("tiny.scene.json  \u2014  " + dir.toAbsolutePath().normalize());

        robot.interact(() -> recent.getItems().get(0).fire());
        // Asked on the FX thread: the opening sets the scene first and the recent files after, in one task.
        WaitForAsyncUtils.waitFor(NO_HANG_SECONDS, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> viewModel.sceneProperty().get().settings().width() == WIDTH).get());

        assertThat(viewModel.document().dirtyProperty().get()).as("reopened from the file").isFalse();
        assertThat(viewModel.files().recentFiles()).first()
                .isEqualTo(dir.resolve("tiny" + SceneFiles.EXTENSION).toAbsolutePath().normalize());
    }
}
