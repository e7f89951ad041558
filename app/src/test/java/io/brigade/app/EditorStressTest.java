package io.brigade.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.brigade.app.concurrent.DaemonThreads;
import io.brigade.app.concurrent.ExecutorBackgroundTasks;
import io.brigade.app.edit.NewScene;
import io.brigade.app.edit.ObjectEdits;
import io.brigade.app.edit.SceneSaver;
import io.brigade.app.files.SceneLoader;
import io.brigade.app.render.RenderJobs;
import io.brigade.app.viewport.PreviewRenderThread;
import io.brigade.engine.geometry.primitive.PrimitiveKind;
import io.brigade.engine.math.Color;
import io.brigade.engine.scene.RenderSettings;
import io.brigade.engine.scene.Scene;
import io.brigade.engine.scene.json.SceneFiles;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editor's view models on a bad day, headless, with the real preview thread and render scheduler: random
 * renders, stills, edits, undo, redo, scrubbing and cancels. Every step must be answered on the editor's
 * thread within {@link #STEP_ANSWERED_WITHIN} (else: deadlock); afterwards no {@code brigade-*} thread is left
 * and the heap is back near where it started.
 */
class EditorStressTest {

    private static final long SEED = 20_261_205L;
    private static final int CYCLES = 100;
    private static final int WARM_UP_CYCLES = 20;
    private static final RenderSettings SETTINGS = RenderSettings.DEFAULT.withSize(48, 27).withAntiAliasing(1)
            .withFrames(0, 5);
    /** Generous: the suite runs on two loaded cores. */
    private static final int MAX_PAUSE_MICROS = 10_000;
    /** Deadlines against a deadlock, not promises: generous for a loaded 2-core machine. */
    private static final Duration STEP_ANSWERED_WITHIN = Duration.ofSeconds(30);
    private static final Duration THREADS_END_WITHIN = Duration.ofSeconds(30);
    /** Growth of the heap after GC over the measured cycles that still counts as "back where it started". */
    private static final long HEAP_GROWTH_TOLERANCE_BYTES = 16L << 20;

    @TempDir
    Path dir;

    private final Random random = new Random(SEED);
    /** Stands in for the FX thread: every view model call and every hand-over runs here, one at a time. */
    private final ExecutorService editorThread = Executors.newSingleThreadExecutor(new DaemonThreads("stress-editor"));
    private final ExecutorService sceneFiles = Executors.newSingleThreadExecutor(
            new DaemonThreads(BrigadeApp.SCENE_FILES_THREAD));
    private int renders;

    @Test
    void randomEditingDuringRendersNeverHangsAndLeavesNothingBehind() {
        assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            PreviewRenderThread previews = PreviewRenderThread.start();
            MainViewModel viewModel = onEditor(() -> new MainViewModel(SceneLoader.standard(), SceneSaver.standard(),
                    new ExecutorBackgroundTasks(sceneFiles, editorThread), previews, RenderJobs.scheduler(),
                    editorThread));
            Path sceneFile = dir.resolve("stress" + SceneFiles.EXTENSION);
            SceneFiles.save(ObjectEdits.withPrimitiveAdded(NewScene.create().withSettings(SETTINGS),
                    PrimitiveKind.TEAPOT), sceneFile);
            onEditor(() -> {
                viewModel.viewport().areaResized(160, 90);
                viewModel.files().openScene(sceneFile);
                return null;
            });
            while (onEditor(() -> viewModel.sceneProperty().get() == null)) {
                TimeUnit.MILLISECONDS.sleep(10);
            }
            long heapBefore = 0;
            for (int i = 0; i < CYCLES; i++) {
                if (i == WARM_UP_CYCLES) {
                    stopRenders(viewModel);
                    heapBefore = usedHeapAfterGc();
                }
                int step = random.nextInt(7);
                onEditor(() -> {
                    step(viewModel, step);
                    return null;
                });
                TimeUnit.MICROSECONDS.sleep(random.nextInt(MAX_PAUSE_MICROS)); // lets renders get somewhere
            }
            stopRenders(viewModel);
            long grown = usedHeapAfterGc() - heapBefore;
            previews.close();
            sceneFiles.shutdown();
            editorThread.shutdown();
            awaitNoBrigadeThreads();
            System.out.printf("%d editor stress cycles (%d renders started): heap grew by %d KB%n", CYCLES, renders,
                    grown / 1024);
            assertThat(grown).isLessThan(HEAP_GROWTH_TOLERANCE_BYTES);
        });
    }

    private void step(MainViewModel viewModel, int step) {
        switch (step) {
            case 0 -> {
                if (!viewModel.render().runningProperty().get()) {
                    renders++;
                    viewModel.renderAnimation(dir.resolve("render-" + renders));
                }
            }
            case 1 -> viewModel.renderStill();
            case 2 -> {
                Scene scene = viewModel.sceneProperty().get();
                viewModel.document().apply("Recolour", ObjectEdits.withDiffuse(scene, 0,
                        new Color(random.nextDouble(), random.nextDouble(), random.nextDouble())));
            }
            case 3 -> viewModel.document().undo();
            case 4 -> viewModel.document().redo();
            case 5 -> viewModel.timeline().setFrame(random.nextInt(SETTINGS.frameCount()));
            default -> viewModel.cancelRenders();
        }
    }

    /** Cancels both renders and waits until the view model has heard that they ended. */
    private void stopRenders(MainViewModel viewModel) throws Exception {
        onEditor(() -> {
            viewModel.cancelRenders();
            return null;
        });
        long deadline = System.nanoTime() + STEP_ANSWERED_WITHIN.toNanos();
        while (onEditor(viewModel::isRendering)) {
            if (System.nanoTime() > deadline) {
                fail("the renders did not end within " + STEP_ANSWERED_WITHIN + " of their cancel\n" + threadDump());
            }
            TimeUnit.MILLISECONDS.sleep(10);
        }
    }

    private <T> T onEditor(Callable<T> work) throws Exception {
        try {
            return editorThread.submit(work).get(STEP_ANSWERED_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("the editor's thread did not answer within " + STEP_ANSWERED_WITHIN
                    + ": deadlock?\n" + threadDump(), e);
        }
    }

    private static void awaitNoBrigadeThreads() throws InterruptedException {
        long deadline = System.nanoTime() + THREADS_END_WITHIN.toNanos();
        while (!brigadeThreads().isEmpty() && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(10);
        }
        assertThat(brigadeThreads()).as("brigade threads still alive").isEmpty();
    }

    private static List<String> brigadeThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(name -> name.startsWith("brigade-")).toList();
    }

    private static String threadDump() {
        StringBuilder dump = new StringBuilder();
        for (ThreadInfo info : ManagementFactory.getThreadMXBean().dumpAllThreads(true, true)) {
            if (info.getThreadName().startsWith("brigade-") || info.getThreadName().startsWith("stress-")) {
                dump.append(info);
            }
        }
        return dump.toString();
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            TimeUnit.MILLISECONDS.sleep(20);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
