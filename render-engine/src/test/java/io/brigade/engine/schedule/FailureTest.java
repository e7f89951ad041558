package io.brigade.engine.schedule;

import io.brigade.engine.raster.FrameRenderer;
import io.brigade.engine.raster.Region;
import io.brigade.engine.scene.FramePose;
import io.brigade.engine.scene.RenderSettings;
import io.brigade.engine.schedule.RenderEvent.FrameFinished;
import io.brigade.engine.schedule.RenderEvent.FrameRetried;
import io.brigade.engine.schedule.RenderEvent.JobFinished;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;

class FailureTest {

    private static final RenderSettings SETTINGS = TestScenes.TINY.withFrames(0, 9);
    private static final int BAD_FRAME = 5;

    private final RenderScheduler scheduler = new RenderScheduler();

    @ParameterizedTest(name = "{0} workers")
    @ValueSource(ints = {1, 3})
    void aFailingFrameFailsTheJobNamingTheFrameAndTheCause(int workers) throws Exception {
        IllegalStateException broken = new IllegalStateException("rig explodes");
        RecordingListener listener = new RecordingListener();
        JobResult result = scheduler.start(RenderRequest.of(failingAt(BAD_FRAME, Integer.MAX_VALUE, broken), SETTINGS)
                .withWorkers(workers), listener).result().join();

        assertThat(result.outcome()).isEqualTo(JobOutcome.FAILED);
        RenderJobException failure = result.failure().orElseThrow();
        assertThat(failure.frame()).hasValue(BAD_FRAME);
        assertThat(failure).hasMessageContaining("frame 5").hasMessageContaining("rig explodes").hasCause(broken);
        List<RenderEvent> events = listener.awaitAll();
        assertThat(events.get(events.size() - 1)).isEqualTo(new JobFinished(result));
        assertThat(listener.of(FrameFinished.class)).hasSize(result.framesDone())
                .noneMatch(f -> f.frameNumber() == BAD_FRAME);
        assertThat(listener.of(FrameRetried.class)).isEmpty();
    }

    @Test
    void aFrameThatFailsLessOftenThanTheRetriesIsRenderedAfterAll() throws Exception {
        IllegalStateException flaky = new IllegalStateException("flaky");
        RecordingListener listener = new RecordingListener();
        JobResult result = scheduler.start(RenderRequest.of(failingAt(BAD_FRAME, 2, flaky), SETTINGS)
                .withWorkers(2).withRetries(2), listener).result().join();

        assertThat(result.outcome()).isEqualTo(JobOutcome.COMPLETED);
        assertThat(result.framesDone()).isEqualTo(10);
        listener.awaitAll();
        assertThat(listener.of(FrameRetried.class)).extracting(FrameRetried::frame, FrameRetried::attempt)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(BAD_FRAME, 1), org.assertj.core.groups.Tuple.tuple(BAD_FRAME, 2));
        assertThat(listener.of(FrameRetried.class)).allSatisfy(r -> assertThat(r.cause()).isSameAs(flaky));
        RenderEventsTest.assertEveryFrameFinishedOnce(listener, SETTINGS);
    }

    @Test
    void aFrameThatFailsMoreOftenThanTheRetriesFailsTheJob() {
        JobResult result = scheduler.start(RenderRequest.of(failingAt(BAD_FRAME, 3, new IllegalStateException("flaky")),
                SETTINGS).withWorkers(2).withRetries(2)).result().join();

        assertThat(result.outcome()).isEqualTo(JobOutcome.FAILED);
        assertThat(result.failure().orElseThrow()).hasMessageContaining("frame 5").hasMessageContaining("3 attempts");
    }

    @Test
    void aFailingTileFailsItsFrame() {
        RenderSettings still = SETTINGS.withFrames(BAD_FRAME, BAD_FRAME);
        RenderScheduler failingTiles = new RenderScheduler(tileFailing(3, Integer.MAX_VALUE, new ArithmeticException("tile 3")));
        JobResult result = failingTiles.start(RenderRequest.of(TestScenes.spinningCube(), still).withWorkers(4))
                .result().join();

        assertThat(result.outcome()).isEqualTo(JobOutcome.FAILED);
        assertThat(result.failure().orElseThrow()).hasMessageStartingWith("frame 5: rendering tile 4/6 (rows 12-16) failed")
                .hasCauseInstanceOf(ArithmeticException.class);
    }

    @Test
    void aFrameSharedAsTilesIsRetriedWhole() throws Exception {
        RenderSettings still = SETTINGS.withFrames(BAD_FRAME, BAD_FRAME);
        RenderScheduler failingOnce = new RenderScheduler(tileFailing(3, 1, new ArithmeticException("tile 3")));
        RecordingListener listener = new RecordingListener();
        JobResult result = failingOnce.start(RenderRequest.of(TestScenes.spinningCube(), still).withWorkers(4)
                .withRetries(1), listener).result().join();

        assertThat(result.orThrow().framesDone()).isEqualTo(1);
        listener.awaitAll();
        assertThat(listener.of(FrameRetried.class)).singleElement()
                .satisfies(r -> assertThat(r.cause()).hasMessage("tile 3"));
        assertThat(listener.of(FrameFinished.class).get(0).frame().pixelHash())
                .isEqualTo(TestScenes.reference(TestScenes.spinningCube(), still).get(0).pixelHash());
    }

    @Test
    void aPoseSourceReturningTheWrongFrameIsAnErrorNamingBoth() {
        IntFunction<FramePose> cube = TestScenes.spinningCube();
        JobResult result = scheduler.start(RenderRequest.of(frame -> cube.apply(frame == 7 ? 70 : frame), SETTINGS)
                .withWorkers(2)).result().join();

        assertThat(result.failure().orElseThrow())
                .hasMessageContaining("frame 7").hasMessageContaining("the pose of frame 70");
    }

    @Test
    void orThrowGivesTheFailure() {
        JobResult result = scheduler.start(RenderRequest.of(failingAt(BAD_FRAME, 1, new IllegalStateException("x")),
                SETTINGS).withWorkers(1)).result().join();

        org.assertj.core.api.Assertions.assertThatThrownBy(result::orThrow)
                .isSameAs(result.failure().orElseThrow());
    }

    /** Renders tiles as usual, except that tile {@code badTile} (counted from 0) throws the first {@code failures} times. */
    static TileRenderer tileFailing(int badTile, int failures, RuntimeException error) {
        ThreadLocal<FrameRenderer> renderers = ThreadLocal.withInitial(FrameRenderer::new);
        RenderSettings layoutOf = SETTINGS;
        Region bad = TileLayout.tilesFor(layoutOf, 4)[badTile]; // as the tests' four workers share a still
        AtomicInteger thrown = new AtomicInteger();
        return (pose, settings, region, target, token) -> {
            if (region.equals(bad) && thrown.incrementAndGet() <= failures) {
                throw error;
            }
            return renderers.get().render(pose, settings, region, target, token);
        };
    }

    /** The spinning cube, except that frame {@code bad} throws {@code error} the first {@code failures} times. */
    static IntFunction<FramePose> failingAt(int bad, int failures, RuntimeException error) {
        IntFunction<FramePose> cube = TestScenes.spinningCube();
        Map<Integer, AtomicInteger> calls = new ConcurrentHashMap<>();
        return frame -> {
            if (frame == bad && calls.computeIfAbsent(frame, f -> new AtomicInteger()).incrementAndGet() <= failures) {
                throw error;
            }
            return cube.apply(frame);
        };
    }
}
