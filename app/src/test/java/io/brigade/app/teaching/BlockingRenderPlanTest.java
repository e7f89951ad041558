package io.brigade.app.teaching;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BlockingRenderPlanTest {

    private static final long PROBE = TimeUnit.MILLISECONDS.toNanos(330);

    @Test
    void theFreezeIsTheFramesTimesTheProbeSharedByTheWorkersTheCoresCanRun() {
        BlockingRenderPlan plan = new BlockingRenderPlan(Path.of("out"), 0, 23, PROBE, 4, 2);

        assertThat(plan.expectedFreezeNanos()).isEqualTo(24 * PROBE / 2);
        assertThat(plan.estimateProperty().get())
                .isEqualTo("The window will freeze for about 4.0 s: 24 frames at 330 ms each, on 4 workers.");
    }

    @Test
    void shorteningTheRangeShortensTheFreeze() {
        BlockingRenderPlan plan = new BlockingRenderPlan(Path.of("out"), 0, 23, PROBE, 1, 2);

        plan.lastFrameProperty().set(2);

        assertThat(plan.expectedFreezeNanos()).isEqualTo(3 * PROBE);
        assertThat(plan.estimateProperty().get()).isEqualTo(
                "The window will freeze for about 990 ms: 3 frames at 330 ms each, rendered by the UI thread itself.");
    }

    @Test
    void aRangeOutsideTheScenesOrBackwardsIsInvalid() {
        BlockingRenderPlan plan = new BlockingRenderPlan(Path.of("out"), 10, 20, PROBE, 2, 2);
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
