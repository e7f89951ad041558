package io.brigade.app.teaching;

import static org.assertj.core.api.Assertions.assertThat;

import io.brigade.engine.schedule.FrameCostSamples;
import io.brigade.engine.schedule.RenderTimeEstimate;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BlockingRenderPlanTest {

    private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);
    /** Every frame the same: 300 ms to render and encode, 30 ms to store, on a quiet machine. */
    private static final FrameCostSamples EVEN = new FrameCostSamples(List.of(
            FrameCostSamples.Sample.ofWall(0, 300 * MS, 30 * MS),
            FrameCostSamples.Sample.ofWall(23, 300 * MS, 30 * MS)));

    @Test
    void theFreezeIsTheFramesWorkSharedByTheWorkersTheCoresCanRun() {
        BlockingRenderPlan plan = new BlockingRenderPlan(Path.of("out"), 0, 23, EVEN, 4, 2);

        // 24 x 300 ms of work on two cores, then the stores of the last two frames, which finish together
        assertThat(plan.expectedFreezeNanos()).isEqualTo(24 * 300 * MS / 2 + 2 * 30 * MS);
        assertThat(plan.estimateProperty().get()).isEqualTo("The window will freeze for about 3.7 s (3.3-4.0 s): 24"
                + " frames, 330 ms each on average (2 timed after 0 to warm up), on 4 workers sharing 2 cores.");
    }

    @Test
    void shorteningTheRangeShortensTheFreeze() {
        BlockingRenderPlan plan = new BlockingRenderPlan(Path.of("out"), 0, 23, EVEN, 1, 2);

        plan.lastFrameProperty().set(2);

        assertThat(plan.expectedFreezeNanos()).isEqualTo(3 * 330 * MS);
        assertThat(plan.estimateProperty().get()).isEqualTo("The window will freeze for about 990 ms (891 ms to 1.1 s):"
                + " 3 frames, 330 ms each on average (2 timed after 0 to warm up), rendered and written by the UI"
                + " thread itself.");
    }

    @Test
    void theRangeNamesItsUnitOnceWhereBothEndsShareIt() {
        long second = 1000 * MS;
        assertThat(BlockingRenderPlan.range(new RenderTimeEstimate(4 * second, 3 * second, 5 * second)))
                .isEqualTo("3.0-5.0 s");
        assertThat(BlockingRenderPlan.range(new RenderTimeEstimate(60 * second, 50 * second, 70 * second)))
                .isEqualTo("50.0 s to 1 min 10 s");
        assertThat(BlockingRenderPlan.range(new RenderTimeEstimate(500 * MS, 400 * MS, 600 * MS)))
                .isEqualTo("400-600 ms");
    }

    @Test
    void dearerLaterFramesMakeALaterRangeFreezeLonger() {
        FrameCostSamples growing = new FrameCostSamples(List.of(FrameCostSamples.Sample.ofWall(0, 100 * MS, 0),
                FrameCostSamples.Sample.ofWall(20, 500 * MS, 0)));
        BlockingRenderPlan plan = new BlockingRenderPlan(Path.of("out"), 0, 20, growing, 1, 2);

        plan.lastFrameProperty().set(0);
        long first = plan.expectedFreezeNanos();
        plan.firstFrameProperty().set(20);
        plan.lastFrameProperty().set(20);

        assertThat(first).isEqualTo(100 * MS);
        assertThat(plan.expectedFreezeNanos()).isEqualTo(500 * MS);
    }

    @Test
    void aRangeOutsideTheScenesOrBackwardsIsInvalid() {
        BlockingRenderPlan plan = new BlockingRenderPlan(Path.of("out"), 10, 20, EVEN, 2, 2);
        assertThat(plan.validProperty().get()).isTrue();

        plan.firstFrameProperty().set(15);
        plan.lastFrameProperty().set(12);
        assertThat(plan.validProperty().get()).isFalse();
        assertThat(plan.estimateProperty().get()).startsWith("Choose frames between 10 and 20");

        plan.firstFrameProperty().set(9);
        plan.lastFrameProperty().set(20);
        assertThat(plan.validProperty().get()).isFalse();
    }
}
