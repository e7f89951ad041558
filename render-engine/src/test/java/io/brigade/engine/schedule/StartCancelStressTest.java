package io.brigade.engine.schedule;

import io.brigade.engine.animation.Track;
import io.brigade.engine.geometry.MeshPart;
import io.brigade.engine.geometry.Model;
import io.brigade.engine.math.Color;
import io.brigade.engine.math.Quat;
import io.brigade.engine.math.Vec3;
import io.brigade.engine.scene.MeshSource;
import io.brigade.engine.scene.RenderSettings;
import io.brigade.engine.scene.Scene;
import io.brigade.engine.scene.SceneObject;
import io.brigade.engine.scene.Transform;
import io.brigade.engine.shading.Material;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * An editor's worst day: the scene is edited and a new job started while the last one is still
 * running, hundreds of times, with random worker counts and random cancel points. No job may hang
 * (a job that does not end within {@link #JOB_ENDS_WITHIN} of its cancel is a deadlock), and
 * afterwards no job thread is left and the heap is back where it started.
 */
class StartCancelStressTest {

    private static final long SEED = 20_261_122L;
    private static final int CYCLES = 300;
    private static final int WARM_UP_CYCLES = 50;
    private static final int MAX_WORKERS = 6;
    private static final int OBJECTS = 4;
    /** Deadlines against a deadlock, not promises (CancellationTest holds those): generous on 2 loaded cores. */
    private static final Duration JOB_ENDS_WITHIN = Duration.ofSeconds(30);
    private static final Duration THREADS_END_WITHIN = Duration.ofSeconds(30);
    /** Threads the JVM itself may start meanwhile (common pool, JMX); job threads must all be gone. */
    private static final int THREAD_COUNT_TOLERANCE = 2;
    /** Heap growth over the measured cycles that still counts as "back where it started". */
    private static final long HEAP_GROWTH_TOLERANCE_BYTES = 4L << 20;
    private static final RenderSettings SETTINGS = TestScenes.TINY.withFrames(0, 7);

    private final RenderScheduler scheduler = new RenderScheduler();
    private final Random random = new Random(SEED);

    @Test
    void editsRacingStartsAndCancelsNeverHangAndLeaveNothingBehind() {
        assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            Scene scene = cubes();
            List<RenderJob> jobs = new ArrayList<>();
            int threadsBefore = Thread.activeCount();
            long heapBefore = 0;
            int completed = 0;
            for (int i = 0; i < CYCLES; i++) {
                if (i == WARM_UP_CYCLES) {
                    awaitAll(jobs);
                    awaitNoJobThreads();
                    heapBefore = usedHeapAfterGc();
                }
                scene = edited(scene);
                RenderJob previous = jobs.isEmpty() ? null : jobs.get(jobs.size() - 1);
                if (previous != null) {
                    previous.cancel(); // as the editor does: the new edit makes the running job stale
                }
                Scene snapshot = scene;
                int workers = 1 + random.nextInt(MAX_WORKERS);
                jobs.add(scheduler.start(RenderRequest.of(snapshot::poseAt, SETTINGS).withWorkers(workers)));
                pauseBriefly();
                if (jobs.size() > 2) {
                    completed += awaitAll(jobs.subList(0, jobs.size() - 2));
                }
            }
            completed += awaitAll(jobs);
            awaitNoJobThreads();
            long grown = usedHeapAfterGc() - heapBefore;
            System.out.printf("%d edit/start/cancel cycles (%d jobs ran to completion): heap grew by %d KB, %d threads before, %d after%n",
                    CYCLES, completed, grown / 1024, threadsBefore, Thread.activeCount());
            assertThat(grown).isLessThan(HEAP_GROWTH_TOLERANCE_BYTES);
            assertThat(Thread.activeCount()).isLessThanOrEqualTo(threadsBefore + THREAD_COUNT_TOLERANCE);
        });
    }

    /** Four cubes in a row, each with a fixed transform. */
    private static Scene cubes() {
        Scene scene = Scene.empty(SETTINGS);
        Model cube = Model.of(new MeshPart("cube", TestScenes.cube(), Material.diffuse("red", new Color(0.9, 0.2, 0.1))));
        for (int i = 0; i < OBJECTS; i++) {
            scene = scene.withObjectAdded(SceneObject.of("cube" + i, new MeshSource.Primitive("cube", Map.of()), cube,
                    Transform.translation(new Vec3(i - 1.5, 0, 0))));
        }
        return scene;
    }

    /** The scene with one object moved and turned at random, as a drag in the viewport would. */
    private Scene edited(Scene scene) {
        int index = random.nextInt(OBJECTS);
        SceneObject object = scene.objects().get(index);
        Transform moved = Transform.IDENTITY
                .withTranslation(new Vec3(random.nextDouble() * 4 - 2, random.nextDouble() - 0.5, random.nextDouble() * 2 - 1))
                .withRotation(Quat.fromEulerDegrees(random.nextDouble() * 360, random.nextDouble() * 360, 0));
        return scene.withObject(index, object.withTransform(
                Track.constant(moved, Transform.INTERPOLATOR)));
    }

    /** None, so a job is cancelled before its threads are up; a little, mid-frame; or long enough to finish. */
    private void pauseBriefly() throws InterruptedException {
        int micros = switch (random.nextInt(4)) {
            case 0 -> 0;
            case 1 -> random.nextInt(20_000);
            default -> random.nextInt(3_000);
        };
        TimeUnit.MICROSECONDS.sleep(micros);
    }

    /** Waits for each job (cancelling the live ones); returns how many completed. Removes them from the list. */
    private static int awaitAll(List<RenderJob> jobs) throws Exception {
        int completed = 0;
        for (RenderJob job : jobs) {
            job.cancel();
            JobResult result;
            try {
                result = job.result().get(JOB_ENDS_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                fail("a cancelled job did not end within " + JOB_ENDS_WITHIN + ": deadlock?\n" + jobThreadDump(), e);
                return completed;
            }
            assertThat(result.outcome()).isIn(JobOutcome.CANCELLED, JobOutcome.COMPLETED);
            if (result.outcome() == JobOutcome.COMPLETED) {
                assertThat(result.framesDone()).isEqualTo(SETTINGS.frameCount());
                completed++;
            }
        }
        jobs.clear();
        return completed;
    }

    private static void awaitNoJobThreads() throws InterruptedException {
        long deadline = System.nanoTime() + THREADS_END_WITHIN.toNanos();
        while (!jobThreads().isEmpty() && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(10);
        }
        assertThat(jobThreads()).as("job threads still alive").isEmpty();
    }

    private static List<String> jobThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(name -> name.startsWith("brigade-")).toList();
    }

    private static String jobThreadDump() {
        StringBuilder dump = new StringBuilder();
        for (ThreadInfo info : ManagementFactory.getThreadMXBean().dumpAllThreads(true, true)) {
            if (info.getThreadName().startsWith("brigade-")) {
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
