package io.brigade.engine.schedule;

import io.brigade.engine.raster.RenderedFrame;
import io.brigade.engine.scene.FramePose;
import io.brigade.engine.scene.RenderSettings;
import io.brigade.engine.schedule.RenderEvent.FrameFinished;
import io.brigade.engine.schedule.RenderEvent.TaskStarted;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;

/** Pixels must not depend on how many workers rendered them, nor on which frames were tiled. */
class DeterminismTest {

    private static final IntFunction<FramePose> CUBE = TestScenes.spinningCube();
    private static final RenderSettings ANIMATION = TestScenes.TINY;
    private static final RenderSettings STILL = TestScenes.TINY.withFrames(5, 5).withSize(40, 30);
    private static final List<Long> ANIMATION_HASHES = hashes(TestScenes.reference(CUBE, ANIMATION));
    private static final List<Long> STILL_HASHES = hashes(TestScenes.reference(CUBE, STILL));

    private final RenderScheduler scheduler = new RenderScheduler();

    @Test
    void everyFrameOfTheTestAnimationLooksDifferent() {
        assertThat(Set.copyOf(ANIMATION_HASHES)).hasSize(ANIMATION.frameCount());
    }

    @ParameterizedTest(name = "{0} workers")
    @ValueSource(ints = {1, 2, 3, 8})
    void animationPixelsDoNotDependOnTheWorkerCount(int workers) throws Exception {
        List<FrameFinished> finished = render(RenderRequest.of(CUBE, ANIMATION).withWorkers(workers));

        assertThat(hashes(finished.stream().map(FrameFinished::frame).toList())).isEqualTo(ANIMATION_HASHES);
    }

    @ParameterizedTest(name = "{0} workers")
    @ValueSource(ints = {1, 2, 3, 8})
    void stillPixelsDoNotDependOnTheWorkerCountThoughItIsTiled(int workers) throws Exception {
        RecordingListener listener = new RecordingListener();
        scheduler.start(RenderRequest.of(CUBE, STILL).withWorkers(workers), listener).result().join().orThrow();
        listener.awaitAll();

        List<FrameFinished> finished = listener.of(FrameFinished.class);
        assertThat(hashes(finished.stream().map(FrameFinished::frame).toList())).isEqualTo(STILL_HASHES);
        boolean tiled = listener.of(TaskStarted.class).stream().allMatch(t -> !t.isWholeFrame());
        assertThat(tiled).as("a single frame is shared as tiles exactly when there are several workers")
                .isEqualTo(workers > 1);
    }

    @ParameterizedTest(name = "{0} workers")
    @ValueSource(ints = {3, 8})
    void theTailOfAnAnimationIsTiledSoNoWorkerIdles(int workers) throws Exception {
        RecordingListener listener = new RecordingListener();
        scheduler.start(RenderRequest.of(CUBE, ANIMATION).withWorkers(workers), listener).result().join().orThrow();
        listener.awaitAll();

        List<FrameFinished> finished = listener.of(FrameFinished.class);
        // the last frames to start are shared once fewer frames than workers are left
        assertThat(finished).anyMatch(f -> f.tileCount() > 1);
    }

    private List<FrameFinished> render(RenderRequest request) throws Exception {
        RecordingListener listener = new RecordingListener();
        JobResult result = scheduler.start(request, listener).result().join().orThrow();
        listener.awaitAll();
        assertThat(result.framesDone()).isEqualTo(request.frameCount());
        return listener.of(FrameFinished.class);
    }

    private static List<Long> hashes(List<RenderedFrame> frames) {
        return frames.stream().sorted(Comparator.comparingInt(RenderedFrame::frame))
                .map(RenderedFrame::pixelHash).toList();
    }
}
