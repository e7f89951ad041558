package io.brigade.app.teaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class BusyWorkersTest {

    private static final double TOLERANCE = 1e-9;

    private static TimelineBlock render(int lane, long start, long end) {
        return new TimelineBlock(lane, TimelineBlock.Kind.RENDER, 0, "frame 0", start, end, false, "rendered");
    }

    @Test
    void overlappingBlocksAddUpSliceBySlice() {
        // worker 1 busy 0..100, worker 2 busy 50..100, a write 0..100 that is no rendering
        List<TimelineBlock> blocks = List.of(render(1, 0, 100), render(2, 50, 100),
                new TimelineBlock(3, TimelineBlock.Kind.WRITE, 0, "write frame 0", 0, 100, false, "written"));

        double[] busy = BusyWorkers.sample(blocks, 0, 100, 4);

        assertThat(busy).containsExactly(new double[] {1, 1, 2, 2}, within(TOLERANCE));
        assertThat(BusyWorkers.average(blocks, 0, 100)).isCloseTo(1.5, within(TOLERANCE));
    }

    @Test
    void encodingAFrameOnAWorkerCountsAsBusy() {
        List<TimelineBlock> blocks = List.of(render(1, 0, 50),
                new TimelineBlock(1, TimelineBlock.Kind.ENCODE, 0, "encode frame 0", 50, 100, false, "encoded"));

        assertThat(BusyWorkers.sample(blocks, 0, 100, 2)).containsExactly(new double[] {1, 1}, within(TOLERANCE));
    }

    @Test
    void aBlockCoveringPartOfASliceCountsForThatPart() {
        double[] busy = BusyWorkers.sample(List.of(render(1, 25, 60)), 0, 100, 2);

        assertThat(busy).containsExactly(new double[] {0.5, 0.2}, within(TOLERANCE));
    }

    @Test
    void idleTimeAndBlocksOutsideTheRangeCountNothing() {
        double[] busy = BusyWorkers.sample(List.of(render(1, 200, 300)), 0, 100, 5);

        assertThat(busy).containsOnly(0.0);
        assertThat(BusyWorkers.sample(List.of(), 0, 0, 3)).containsOnly(0.0);
    }
}
