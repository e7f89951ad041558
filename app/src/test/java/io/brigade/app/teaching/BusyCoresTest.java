package io.brigade.app.teaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import org.junit.jupiter.api.Test;

class BusyCoresTest {

    private static final double EXACT = 1e-9;

    @Test
    void eachSliceAveragesTheSamplesThatCoverIt() {
        List<CpuUse> uses = List.of(new CpuUse(0, 100, 2.0), new CpuUse(100, 200, 1.0));

        double[] busy = BusyCores.sample(uses, 0, 200, 4);

        assertThat(busy).containsExactly(new double[] {2.0, 2.0, 1.0, 1.0}, offset(EXACT));
        assertThat(BusyCores.sample(uses, 50, 150, 1)).containsExactly(new double[] {1.5}, offset(EXACT));
        assertThat(BusyCores.average(uses, 0, 400)).isCloseTo(0.75, offset(EXACT)); // nothing measured after 200
    }

    @Test
    void theSummaryPutsBusyCoresNextToThreadsWithWork() {
        List<TimelineBlock> fourThreads = java.util.stream.IntStream.rangeClosed(1, 4).mapToObj(lane ->
                new TimelineBlock(lane, TimelineBlock.Kind.RENDER, 0, "frame 0", 0, 1_000, false, "rendered"))
                .toList();
        TimelineRun measured = new TimelineRun("Async, 4 workers", 4, false, 0, 1_000, false, fourThreads,
                List.of(new CpuUse(0, 1_000, 1.9)));
        TimelineRun unmeasured = new TimelineRun("Async, 4 workers", 4, false, 0, 1_000, false, fourThreads);

        assertThat(CpuUseView.summary(measured, fourThreads, 1_000))
                .isEqualTo("4 workers, mean: 1.9 cores busy, 4.0 threads");
        assertThat(CpuUseView.summary(unmeasured, fourThreads, 1_000)).contains("CPU time not measured");
    }
}
