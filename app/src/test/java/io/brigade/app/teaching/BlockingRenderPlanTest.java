package io.brigade.app.teaching;

import static org.assertj.core.api.Assertions.assertThat;

import io.brigade.engine.schedule.FrameCostSamples;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BlockingRenderPlanTest {

    private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);
    /** Every frame the same: 300 ms to render, 30 ms to write. */
    private static final FrameCostSamples EVEN = new FrameCostSamples(List.of(
            new FrameCostSamples.Sample(0, 300 * MS, 30 * MS), new FrameCostSamples.Sample(23, 300 * MS, 30 * MS)));

    @Test
    void theFreezeIsTheFramesWorkSharedByTheWorkersTheCoresCanRun() {
        BlockingRenderPlan plan = new BlockingRenderPlan(Path.of("out"), 0, 23, EVEN, 4, 2);

        assertThat(plan.expectedFreezeNanos()).isEqualTo(24 * 330 * MS / 2);
        assertThat(plan.estimateProperty().get()).isEqualTo("The window will freeze for about 4.0 s, give or take"
                + " 10%: 24 frames at 330 ms each on average (2 timed), on 4 workers sharing 2 cores.");
    }

    @Test
    void shorteningTheRangeShortensTheFreeze() {
        BlockingRenderPlan plan = new BlockingRenderPlan(Path.of("out"), 0, 23, EVEN, 1, 2);

        plan.lastFrameProperty().set(2);

        assertThat(plan.expectedFreezeNanos()).isEqualTo(3 * 330 * MS);
        assertThat(plan.estimateProperty().get()).isEqualTo("The window will freeze for about 990 ms, give or take"
                + " 10%: 3 frames at 330 ms each on average (2 timed), rendered and written by the UI thread itself.");
    }

    @Test
    void dearerLaterFramesMakeALaterRangeFreezeLonger() {
        FrameCostSamples growing = new FrameCostSamples(List.of(new FrameCostSamples.Sample(0, 100 * MS, 0),
                new FrameCostSamples.Sample(20, 500 * MS, 0)));
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
