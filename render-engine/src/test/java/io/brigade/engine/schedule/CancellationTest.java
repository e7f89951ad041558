package io.brigade.engine.schedule;

import io.brigade.engine.scene.FramePose;
import io.brigade.engine.scene.RenderSettings;
import io.brigade.engine.schedule.RenderEvent.FrameFinished;
import io.brigade.engine.schedule.RenderEvent.JobFinished;
import io.brigade.engine.schedule.RenderEvent.TaskStarted;
import io.brigade.engine.shading.ShadingMode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class CancellationTest {

    private static final Duration NO_HANG = Duration.ofSeconds(60);
    /** The goal is 100 ms; the bound is generous so a busy machine does not fail the build. */
    private static final long CANCEL_BOUND_MILLIS = 1000;
    private static final RenderSettings FULL_HD_AA4 = new RenderSettings(1920, 1080, 24, 0, 99, 4, ShadingMode.PHONG,
            TestScenes.SKY, false);

    private final RenderScheduler scheduler = new RenderScheduler();

    @Test
    void cancelEndsAFullHdSupersampledJobPromptlyAndKeepsFinishedFrames() throws Exception {
        IntFunction<FramePose> heavy = TestScenes.tiltingGrid(150); // 45,000 triangles filling the frame
        CountDownLatch firstFrame = new CountDownLatch(1);
        RecordingListener listener = new RecordingListener() {
            @Override
            public void frameFinished(FrameFinished event) {
                super.frameFinished(event);
                firstFrame.countDown();
            }
        };
        RenderJob job = scheduler.start(RenderRequest.of(heavy, FULL_HD_AA4).withWorkers(2), listener);
        assertThat(firstFrame.await(NO_HANG.toSeconds(), TimeUnit.SECONDS)).as("a first frame finishes").isTrue();

        long before = System.nanoTime();
        job.cancel();
        long callNanos = System.nanoTime() - before;
        JobResult result = assertTimeoutPreemptively(NO_HANG, () -> job.result().join());
        long endedNanos = System.nanoTime() - before;
        System.out.printf("cancel at 1920x1080 4x4 AA, 2 workers: cancel() %.3f ms, job ended after %.1f ms%n",
                callNanos / 1e6, endedNanos / 1e6);

        assertThat(endedNanos).isLessThan(TimeUnit.MILLISECONDS.toNanos(CANCEL_BOUND_MILLIS));
        assertThat(result.outcome()).isEqualTo(JobOutcome.CANCELLED);
        assertThat(result.framesDone()).isBetween(1, 99);
        List<RenderEvent> events = listener.awaitAll();
        assertThat(events.get(events.size() - 1)).isEqualTo(new JobFinished(result));
        assertThat(listener.of(FrameFinished.class)).hasSize(result.framesDone());
        assertThat(listener.of(TaskStarted.class)).as("full-HD 4x4 frames are always rendered in bands")
                .noneMatch(TaskStarted::isWholeFrame);
    }

    /**
     * cancel() only flips a flag and interrupts the writer: it returns while a worker is still busy, which no
     * timing of the call could show on a loaded machine (a thread may lose its core for longer than any call).
     */
    @Test
    void cancelReturnsWhileAWorkerIsStillBusy() throws Exception {
        CountDownLatch posing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        IntFunction<FramePose> cube = TestScenes.spinningCube();
        IntFunction<FramePose> held = frame -> {
            posing.countDown();
            awaitUninterruptibly(release);
            return cube.apply(frame);
        };
        RenderJob job = scheduler.start(RenderRequest.of(held, TestScenes.TINY.withFrames(0, 0)).withWorkers(1));
        assertThat(posing.await(NO_HANG.toSeconds(), TimeUnit.SECONDS)).as("the worker asks for the pose").isTrue();

        assertTimeoutPreemptively(NO_HANG, job::cancel);

        assertThat(job.isDone()).as("the job still runs: its worker is held").isFalse();
        release.countDown();
        JobResult result = assertTimeoutPreemptively(NO_HANG, () -> job.result().join());
        assertThat(result.outcome()).isIn(JobOutcome.CANCELLED, JobOutcome.COMPLETED);
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void cancelBeforeAnyFrameEndsWithNothingDone() {
        RenderJob job = scheduler.start(RenderRequest.of(TestScenes.spinningCube(), TestScenes.TINY.withFrames(0, 999)));
        job.cancel();

        JobResult result = assertTimeoutPreemptively(NO_HANG, () -> job.result().join());
        assertThat(result.outcome()).isEqualTo(JobOutcome.CANCELLED);
        assertThat(result.framesDone()).isLessThan(1000);
        assertThat(result.failure()).isEmpty();
    }

    @Test
    void cancellingAnEndedJobChangesNothing() {
        RenderJob job = scheduler.start(RenderRequest.of(TestScenes.spinningCube(), TestScenes.TINY.withFrames(0, 2)));
        JobResult result = job.result().join();
        job.cancel();

        assertThat(job.result().join()).isEqualTo(result);
        assertThat(result.outcome()).isEqualTo(JobOutcome.COMPLETED);
    }

    @Test
    void cancellingTheReturnedFutureDoesNotTouchTheJob() {
        RenderJob job = scheduler.start(RenderRequest.of(TestScenes.spinningCube(), TestScenes.TINY.withFrames(0, 20)));
        job.result().cancel(true);

        assertThat(job.result().join().outcome()).isEqualTo(JobOutcome.COMPLETED);
    }
}
