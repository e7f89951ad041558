package io.brigade.engine.schedule;

import io.brigade.engine.scene.RenderSettings;
import io.brigade.engine.schedule.RenderEvent.FrameFinished;
import io.brigade.engine.schedule.RenderEvent.JobFinished;
import io.brigade.engine.schedule.RenderEvent.JobStarted;
import io.brigade.engine.schedule.RenderEvent.Progress;
import io.brigade.engine.schedule.RenderEvent.TaskStarted;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class RenderEventsTest {

    private static final Duration NO_HANG = Duration.ofSeconds(30);
    private static final RenderSettings SETTINGS = TestScenes.TINY.withFrames(3, 22);

    private final RenderScheduler scheduler = new RenderScheduler();

    @ParameterizedTest(name = "{0} workers")
    @ValueSource(ints = {1, 3})
    void eventsArriveInOrderOnOneEventThread(int workers) throws Exception {
        RecordingListener listener = new RecordingListener();
        JobResult result = scheduler.start(RenderRequest.of(TestScenes.spinningCube(), SETTINGS).withWorkers(workers),
                listener).result().join();
        List<RenderEvent> events = listener.awaitAll();

        assertThat(result.outcome()).isEqualTo(JobOutcome.COMPLETED);
        assertThat(events.get(0)).isInstanceOfSatisfying(JobStarted.class, started -> {
            assertThat(started.framesToRender()).isEqualTo(20);
            assertThat(started.workers()).isEqualTo(workers);
            assertThat(started.width()).isEqualTo(SETTINGS.width());
        });
        assertThat(events.get(events.size() - 1)).isEqualTo(new JobFinished(result));
        assertThat(listener.of(JobFinished.class)).hasSize(1);
        assertThat(listener.threads()).singleElement().asString().startsWith("brigade-events-");
        assertEveryFrameFinishedOnce(listener, SETTINGS);
        assertProgressClimbsOneByOne(listener.of(Progress.class), 20);
        assertThat(listener.of(TaskStarted.class)).allSatisfy(t ->
                assertThat(t.worker()).startsWith(WorkerPool.THREAD_PREFIX));
    }

    @Test
    void frameFinishedEventsCarryPixelsTimesAndCounts() throws Exception {
        RecordingListener listener = new RecordingListener();
        scheduler.start(RenderRequest.of(TestScenes.spinningCube(), SETTINGS).withWorkers(2), listener).result().join();
        listener.awaitAll();

        assertThat(listener.of(FrameFinished.class)).allSatisfy(f -> {
            assertThat(f.frame().width()).isEqualTo(SETTINGS.width());
            assertThat(f.triangles()).isEqualTo(TestScenes.spinningCube().apply(f.frameNumber()).triangleCount());
            assertThat(f.samplesShaded()).isPositive();
            assertThat(f.endNanos()).isGreaterThanOrEqualTo(f.startNanos());
            assertThat(f.renderNanos()).isPositive();
            assertThat(f.worker()).startsWith(WorkerPool.THREAD_PREFIX);
        });
    }

    @Test
    void aListenerThatBlocksStallsNeitherRenderingNorTheResult() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        RecordingListener blocked = new RecordingListener() {
            @Override
            public void jobStarted(JobStarted event) {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                super.jobStarted(event);
            }
        };
        RenderJob job = scheduler.start(RenderRequest.of(TestScenes.spinningCube(), SETTINGS).withWorkers(2), blocked);

        JobResult result = assertTimeoutPreemptively(NO_HANG, () -> job.result().join());
        assertThat(result.framesDone()).isEqualTo(20);
        assertThat(blocked.snapshot()).as("nothing delivered while the listener is stuck in its first call").isEmpty();

        release.countDown();
        List<RenderEvent> events = blocked.awaitAll();
        assertThat(events.get(0)).isInstanceOf(JobStarted.class);
        assertThat(events.get(events.size() - 1)).isEqualTo(new JobFinished(result));
        assertEveryFrameFinishedOnce(blocked, SETTINGS);
        assertProgressClimbsOneByOne(blocked.of(Progress.class), 20);
    }

    @Test
    void aSlowListenerStillGetsEveryEvent() throws Exception {
        RecordingListener slow = new RecordingListener() {
            @Override
            public void frameFinished(FrameFinished event) {
                try {
                    TimeUnit.MILLISECONDS.sleep(5);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                super.frameFinished(event);
            }
        };
        scheduler.start(RenderRequest.of(TestScenes.spinningCube(), SETTINGS).withWorkers(3), slow).result().join();

        List<RenderEvent> events = slow.awaitAll();
        assertThat(events.get(events.size() - 1)).isInstanceOf(JobFinished.class);
        assertEveryFrameFinishedOnce(slow, SETTINGS);
    }

    @Test
    void aListenerThatThrowsIsReportedAndDeliveryGoesOn() throws Exception {
        RecordingListener throwing = new RecordingListener() {
            @Override
            public void progress(Progress event) {
                super.progress(event);
                throw new IllegalStateException("listener bug, on purpose");
            }
        };
        List<Throwable> reported = new CopyOnWriteArrayList<>();
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> reported.add(e));
        try {
            RenderJob job = scheduler.start(RenderRequest.of(TestScenes.spinningCube(), SETTINGS).withWorkers(2), throwing);
            assertThat(job.result().join().outcome()).isEqualTo(JobOutcome.COMPLETED);
            List<RenderEvent> events = throwing.awaitAll();
            assertThat(events.get(events.size() - 1)).isInstanceOf(JobFinished.class);
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(previous);
        }
        assertThat(throwing.of(Progress.class)).hasSize(20);
        assertThat(reported).hasSize(20).allSatisfy(e -> assertThat(e).hasMessage("listener bug, on purpose"));
    }

    @Test
    void theHandleReportsProgressAndTheFinalCount() throws Exception {
        RenderJob job = scheduler.start(RenderRequest.of(TestScenes.spinningCube(), SETTINGS).withWorkers(2));
        job.result().join();

        Progress progress = job.progress();
        assertThat(progress.done()).isEqualTo(20);
        assertThat(progress.total()).isEqualTo(20);
        assertThat(progress.fraction()).isEqualTo(1.0);
        assertThat(progress.eta()).contains(Duration.ZERO);
        assertThat(job.isDone()).isTrue();
    }

    @Test
    void progressEstimatesTheTimeLeftFromTheRateSoFar() {
        Progress quarter = Progress.of(5, 20, 2_000_000_000L);

        assertThat(quarter.framesPerSecond()).isEqualTo(2.5);
        assertThat(quarter.eta()).contains(Duration.ofSeconds(6));
        assertThat(Progress.of(0, 20, 1_000_000L).eta()).isEmpty();
    }

    static void assertEveryFrameFinishedOnce(RecordingListener listener, RenderSettings settings) {
        List<Integer> frames = listener.of(FrameFinished.class).stream().map(FrameFinished::frameNumber).sorted().toList();
        assertThat(frames).isEqualTo(IntStream.rangeClosed(settings.startFrame(), settings.endFrame()).boxed().toList());
    }

    static void assertProgressClimbsOneByOne(List<Progress> progress, int total) {
        assertThat(progress).extracting(Progress::done)
                .isEqualTo(IntStream.rangeClosed(1, total).boxed().toList());
        assertThat(progress).allSatisfy(p -> assertThat(p.total()).isEqualTo(total));
        assertThat(progress).extracting(Progress::elapsed).isSorted();
    }
}
