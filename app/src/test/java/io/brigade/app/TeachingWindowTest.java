package io.brigade.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.brigade.app.dialogs.RenderRunningPrompt;
import io.brigade.app.dialogs.UnsavedChangesPrompt;
import io.brigade.app.dialogs.WindowDialogs;
import io.brigade.app.render.RenderStatus;
import io.brigade.app.teaching.PulseGaps;
import io.brigade.app.teaching.TimelineBlock;
import io.brigade.app.teaching.TimelineRun;
import io.brigade.app.teaching.WhoWaits;
import io.brigade.app.testing.MainWindowFixture;
import io.brigade.app.testing.SampleScenes;
import io.brigade.engine.scene.Scene;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.control.Spinner;
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
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/** Teaching mode in the real window: the frozen window measured, the live one, and the controls. */
@ExtendWith(ApplicationExtension.class)
class TeachingWindowTest {

    private static final long NO_HANG_SECONDS = 60;
    /**
     * Generous: a pulse gap includes drawing the window in software, and on a loaded 2-core machine the FX
     * thread shares the cores with every worker (gaps of 200-500 ms were seen with a load of 16). A frozen
     * window stands still for the whole render, seconds; so a gap may also reach a fraction of the render's own
     * wall time, which a load stretches as it stretches the gaps, and still tells a live window from a frozen one.
     */
    private static final double WORST_ASYNC_GAP_MILLIS = 1_000;
    private static final double WORST_ASYNC_GAP_OF_RENDER = 0.5;
    /** The freeze measured from the pulses against the render's own wall time: generous both ways. */
    private static final double FREEZE_AT_LEAST = 0.7;
    private static final long FREEZE_SLACK_MILLIS = 2_000;
    /** The slack may also grow with the render: a load that stretches the render delays the pulse after it too. */
    private static final double FREEZE_SLACK_OF_RENDER = 0.5;

    @TempDir
    static Path dir;

    private MainWindowFixture window;
    private MainViewModel viewModel;

    @Start
    void start(Stage stage) {
        WindowDialogs dialogs = new WindowDialogs(owner -> Optional.empty(), (owner, suggested) -> Optional.empty(),
                (owner, sceneName) -> UnsavedChangesPrompt.Answer.DONT_SAVE,
                (owner, suggested) -> Optional.of(dir.resolve("frames-" + System.nanoTime())),
                (owner, suggested) -> Optional.empty(), owner -> RenderRunningPrompt.Answer.CANCEL_RENDER_AND_QUIT,
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

    /** The sample at a size and range that renders in a second or a few on two cores. */
    private void useRange(FxRobot robot, int width, int height, int lastFrame) {
        robot.interact(() -> {
            Scene scene = viewModel.sceneProperty().get();
            viewModel.document().apply("Teaching size", scene.withSettings(scene.settings().withSize(width, height)
                    .withAntiAliasing(1).withFrames(0, lastFrame)));
        });
    }

    /**
     * The freeze is measured on the first pulse after the render; the render panel's final status comes on its
     * own, from the job's event thread through the panel's bridge, and may come later.
     */
    private void waitForTheRenderStatusToEnd() throws Exception {
        WaitForAsyncUtils.waitFor(NO_HANG_SECONDS, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> !viewModel.render().runningProperty().get()).get());
    }

    @Test
    void aBlockingRenderFreezesTheFxThreadAndTheMeterMeasuresAboutTheRendersLength(FxRobot robot) throws Exception {
        useRange(robot, 640, 360, 11);
        robot.clickOn("#blockingModeButton");
        assertThat(viewModel.teaching().mode().whoWaits()).isEqualTo(WhoWaits.BLOCKING);
        robot.interact(() -> viewModel.teaching().mode().setWorkers(2));
        FxPings pings = new FxPings();

        robot.push(KeyCode.SHORTCUT, KeyCode.R);
        WaitForAsyncUtils.waitFor(NO_HANG_SECONDS, TimeUnit.SECONDS,
                () -> robot.lookup("#freezeButton").match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
        assertThat(robot.lookup("#blockingEstimate").queryLabeled().getText())
                .startsWith("The window will freeze for about ").contains(": 12 frames, ")
                .contains("on 2 workers sharing ");
        pings.start();
        robot.clickOn("#freezeButton");
        WaitForAsyncUtils.waitFor(NO_HANG_SECONDS, TimeUnit.SECONDS,
                () -> viewModel.teaching().measuredFreezeProperty().get() > 0);
        pings.stop();
        waitForTheRenderStatusToEnd();

        RenderStatus status = viewModel.render().statusProperty().get();
        assertThat(status.phase()).isEqualTo(RenderStatus.Phase.COMPLETED);
        double renderMillis = status.elapsed().toNanos() / 1e6;
        double frozenMillis = viewModel.teaching().measuredFreezeProperty().get() / 1e6;
        System.out.printf(Locale.ROOT, "blocking render %.0f ms, UI frozen %.0f ms (pulse gap), worst FX ping %.0f ms%n",
                renderMillis, frozenMillis, pings.worstMillis());
        assertThat(frozenMillis).as("freeze measured from the pulses (ms)")
                .isBetween(FREEZE_AT_LEAST * renderMillis,
                        renderMillis + Math.max(FREEZE_SLACK_MILLIS, FREEZE_SLACK_OF_RENDER * renderMillis));
        assertThat(pings.worstMillis()).as("a task posted to the FX thread waited (ms)")
                .isGreaterThan(FREEZE_AT_LEAST * renderMillis);
        assertThat(window.lookup(robot, "#freezeReport").queryLabeled().getText()).startsWith("UI was frozen for ");
        TimelineRun run = viewModel.teaching().timeline().runs().get(0);
        assertThat(run.blocks()).anyMatch(block -> block.kind() == TimelineBlock.Kind.BLOCKED
                && block.lane() == TimelineRun.UI_LANE);
    }

    @Test
    void aBlockingRenderWithOneWorkerRunsOnTheFxThreadItself(FxRobot robot) throws Exception {
        useRange(robot, 160, 90, 3);
        robot.interact(() -> {
            viewModel.teaching().mode().whoWaitsProperty().set(WhoWaits.BLOCKING);
            viewModel.teaching().mode().setWorkers(1);
        });
        AtomicReference<String> fxThread = new AtomicReference<>();
        robot.interact(() -> fxThread.set(Thread.currentThread().getName()));

        robot.push(KeyCode.SHORTCUT, KeyCode.R);
        WaitForAsyncUtils.waitFor(NO_HANG_SECONDS, TimeUnit.SECONDS,
                () -> robot.lookup("#freezeButton").match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
        robot.clickOn("#freezeButton");
        WaitForAsyncUtils.waitFor(NO_HANG_SECONDS, TimeUnit.SECONDS,
                () -> viewModel.teaching().measuredFreezeProperty().get() > 0);
        waitForTheRenderStatusToEnd();

        assertThat(viewModel.teaching().timeline().trace().spans()).hasSize(8)
                .allMatch(span -> span.thread().equals(fxThread.get()));
        assertThat(viewModel.teaching().timeline().runs().get(0).lanes()).containsExactly("UI thread (renders)");
        assertThat(viewModel.render().statusProperty().get().phase()).isEqualTo(RenderStatus.Phase.COMPLETED);
    }

    /**
     * The FX pulse gaps through an async render of the teapot (24 frames at 1280x720) on every core, as the
     * meter's own {@link PulseGaps} computes them, for the same render done twice in this JVM: the first pays for
     * loading and compiling the render's UI and engine code, the second is nearer the steady state. Each line is
     * printed for the record (the target is p99 <= 17 ms, max <= 50 ms on a quiet 2-core machine); the bounds
     * asserted are only CI's generous ones, since shared machines stall any thread now and then.
     */
    @Test
    void theUiPulseGapsThroughAnAsyncRenderOnEveryCoreAreReported(FxRobot robot) throws Exception {
        robot.interact(() -> {
            Scene scene = viewModel.sceneProperty().get();
            viewModel.document().apply("Full size", scene.withSettings(scene.settings().withSize(1280, 720)
                    .withFrames(0, 23)));
        });
        int cores = Runtime.getRuntime().availableProcessors();
        robot.interact(() -> viewModel.teaching().mode().setWorkers(cores));
        robot.interact(() -> viewModel.teaching().mode().whoWaitsProperty().set(WhoWaits.ASYNC));
        for (String render : new String[] {"first", "second"}) {
            long[] figures = pulseGapsThroughOneRender(robot);
            System.out.printf(Locale.ROOT, "UI pulse gaps, async teapot 1280x720 x24 on %d workers, %s render:"
                            + " %d gaps, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", cores, render,
                    figures[0], figures[1] / 1e6, figures[2] / 1e6, figures[3] / 1e6, figures[4] / 1e6);
            assertThat(figures[0]).as("pulses recorded").isPositive();
            assertThat(figures[3] / 1e6).as("p99 UI frame gap (ms)").isLessThan(WORST_ASYNC_GAP_MILLIS);
            assertThat(figures[4] / 1e6).as("worst UI frame gap (ms)").isLessThan(2 * WORST_ASYNC_GAP_MILLIS);
        }
    }

    /** Renders the scene's frames once (Ctrl+R) and returns its pulse gaps: count, p50, p95, p99 and max. */
    private long[] pulseGapsThroughOneRender(FxRobot robot) throws Exception {
        PulseGaps gaps = new PulseGaps(TimeUnit.HOURS.toNanos(1), TimeUnit.MILLISECONDS.toNanos(250));
        AnimationTimer recorder = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (viewModel.render().runningProperty().get()) {
                    gaps.pulse(now);
                }
            }
        };
        robot.interact(recorder::start);

        robot.push(KeyCode.SHORTCUT, KeyCode.R);
        WaitForAsyncUtils.waitFor(NO_HANG_SECONDS, TimeUnit.SECONDS,
                () -> viewModel.render().statusProperty().get() != null);
        WaitForAsyncUtils.waitFor(NO_HANG_SECONDS * 4, TimeUnit.SECONDS,
                () -> !viewModel.render().runningProperty().get());
        robot.interact(recorder::stop);

        return WaitForAsyncUtils.asyncFx(() -> new long[] {gaps.gapsNanos().length,
                gaps.percentileNanos(50), gaps.percentileNanos(95), gaps.percentileNanos(99),
                gaps.worstGapNanos()}).get(NO_HANG_SECONDS, TimeUnit.SECONDS);
    }

    @Test
    void anAsyncRenderOnEveryCoreKeepsTheWorstUiGapSmallAndTheTimelineHasALanePerWorker(FxRobot robot)
            throws Exception {
        useRange(robot, 320, 180, 47);
        int cores = Runtime.getRuntime().availableProcessors();
        robot.interact(() -> viewModel.teaching().mode().setWorkers(cores));
        robot.interact(() -> viewModel.teaching().mode().whoWaitsProperty().set(WhoWaits.ASYNC));
        assertThat(viewModel.teaching().mode().whoWaits()).isEqualTo(WhoWaits.ASYNC);
        AtomicLong since = new AtomicLong();
        robot.interact(() -> since.set(viewModel.teaching().responsiveness().lastPulseNanos()));

        robot.push(KeyCode.SHORTCUT, KeyCode.R);
        WaitForAsyncUtils.waitFor(NO_HANG_SECONDS, TimeUnit.SECONDS,
                () -> viewModel.render().statusProperty().get() != null);
        long worst = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(NO_HANG_SECONDS);
        // Asked until the render has ended and once more after: on a fast machine the render may be over
        // before the key press returns (the race behind the old "render not running right after Ctrl+R").
        boolean ended = false;
        while (!ended && System.nanoTime() < deadline) {
            ended = !WaitForAsyncUtils.asyncFx(() -> viewModel.render().runningProperty().get())
                    .get(NO_HANG_SECONDS, TimeUnit.SECONDS);
            worst = Math.max(worst, WaitForAsyncUtils.asyncFx(() -> viewModel.teaching().responsiveness()
                    .longestGapSince(since.get())).get(NO_HANG_SECONDS, TimeUnit.SECONDS));
            if (!ended) {
                Thread.sleep(250); // the meter remembers five seconds; ask well within them
            }
        }
        assertThat(ended).as("the render ended within %d s", NO_HANG_SECONDS).isTrue();
        WaitForAsyncUtils.waitFor(NO_HANG_SECONDS, TimeUnit.SECONDS,
                () -> !viewModel.teaching().timeline().runs().get(0).running());

        double renderMillis = viewModel.render().statusProperty().get().elapsed().toNanos() / 1e6;
        System.out.printf(Locale.ROOT, "async render on %d workers: %.0f ms, worst UI frame gap %.1f ms%n", cores,
                renderMillis, worst / 1e6);
        assertThat(worst / 1e6).as("worst UI frame gap (ms) during a render of %.0f ms", renderMillis)
                .isLessThan(Math.max(WORST_ASYNC_GAP_MILLIS, WORST_ASYNC_GAP_OF_RENDER * renderMillis));
        String summary = WaitForAsyncUtils.asyncFx(() -> window.lookup(robot, "#responsivenessWorst").queryLabeled()
                .getTooltip().getText()).get(NO_HANG_SECONDS, TimeUnit.SECONDS);
        assertThat(summary).as("the meter's tooltip").startsWith("Last 5 s, ").contains(" 99 in 100 within ");
        TimelineRun run = viewModel.teaching().timeline().runs().get(0);
        assertThat(run.title()).isEqualTo("Async, " + cores + (cores == 1 ? " worker" : " workers"));
        assertThat(run.workers()).isEqualTo(cores);
        assertThat(run.laneCount()).isEqualTo(cores + 2);
        assertThat(run.blocks().stream().filter(block -> block.kind() == TimelineBlock.Kind.WRITE)
                .map(TimelineBlock::frame).sorted().toList()).hasSize(48).doesNotHaveDuplicates();
    }

    @Test
    void theExecutionModeControlsChangeTheChoiceAndItsSentence(FxRobot robot) {
        robot.clickOn("#blockingModeButton");
        assertThat(window.lookup(robot, "#whoWaitsSentence").queryLabeled().getText()).contains("freezes");
        robot.clickOn("#asyncModeButton");
        assertThat(window.lookup(robot, "#whoWaitsSentence").queryLabeled().getText()).contains("stays live");

        robot.interact(() -> window.lookup(robot, "#workersSpinner").<Spinner<Integer>>query().getValueFactory()
                .setValue(1));
        assertThat(viewModel.teaching().mode().workers()).isEqualTo(1);
        assertThat(window.lookup(robot, "#workersSentence").queryLabeled().getText()).contains("one after another");
        assertThat(window.lookup(robot, "#workerTimeline").query().isVisible()).isTrue();
        assertThat(window.lookup(robot, "#responsivenessMeter").query().isVisible()).isTrue();
    }

    @Test
    void aWorkerCountTypedIntoTheSelectorIsUsedOnEnterOrOnLeavingTheField(FxRobot robot) {
        robot.interact(() -> viewModel.teaching().mode().setWorkers(1));
        Spinner<Integer> workers = window.lookup(robot, "#workersSpinner").query();

        robot.doubleClickOn(workers.getEditor()).eraseText(3).write("2").push(KeyCode.ENTER);
        assertThat(viewModel.teaching().mode().workers()).isEqualTo(2);

        robot.doubleClickOn(workers.getEditor()).eraseText(3).write("1");
        robot.clickOn("#asyncModeButton"); // leaves the field
        assertThat(viewModel.teaching().mode().workers()).isEqualTo(1);

        robot.doubleClickOn(workers.getEditor()).eraseText(3).write("999").push(KeyCode.ENTER);
        assertThat(viewModel.teaching().mode().workers()).as("kept within the range")
                .isEqualTo(viewModel.teaching().mode().maxWorkers());
    }

    /** Posts a task to the FX thread every few milliseconds and records how long each waited to run. */
    private static final class FxPings {
        private static final long PING_MILLIS = 10;
        private final Thread thread = new Thread(this::pingUntilStopped, "test-fx-pings");
        private final AtomicLong worstNanos = new AtomicLong();
        private volatile boolean stopped;

        void start() {
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            stopped = true;
            thread.join(TimeUnit.SECONDS.toMillis(NO_HANG_SECONDS));
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
                        ran.countDown();
                    });
                    if (!ran.await(NO_HANG_SECONDS, TimeUnit.SECONDS)) {
                        return;
                    }
                    Thread.sleep(PING_MILLIS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
