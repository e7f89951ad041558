package io.brigade.app.teaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimelineLayoutTest {

    private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);
    private static final long ORIGIN = 1_000_000 * MS;
    private static final double WIDTH = 1150 + TimelineLayout.RIGHT_PAD;
    private static final double HEIGHT = 400;

    private static TimelineBlock frame(int lane, int frame, long startMs, long endMs) {
        return new TimelineBlock(lane, TimelineBlock.Kind.RENDER, frame, "frame " + frame, ORIGIN + startMs * MS,
                ORIGIN + endMs * MS, false, "rendered");
    }

    private final TimelineRun sequential = new TimelineRun("Sequential: 1 worker", 1, false, ORIGIN,
            ORIGIN + 1_000 * MS, false, List.of(frame(1, 0, 0, 500), frame(1, 1, 500, 1_000)));
    private final TimelineRun parallel = new TimelineRun("Parallel: 2 workers", 2, true, ORIGIN + 5_000 * MS,
            ORIGIN + 5_500 * MS, false, List.of());

    @Test
    void stackedRunsShareOneTimeAxisScaledToTheLongest() {
        TimelineLayout layout = new TimelineLayout(List.of(sequential, parallel), WIDTH, HEIGHT, ORIGIN);

        assertThat(layout.spanNanos()).isEqualTo(1_000 * MS);
        assertThat(layout.x(0)).isEqualTo(TimelineLayout.LABEL_WIDTH);
        assertThat(layout.x(500 * MS)).isCloseTo(TimelineLayout.LABEL_WIDTH + 500, within(1e-9));
        assertThat(layout.runTop(1)).isEqualTo(TimelineLayout.HEADER_HEIGHT + 2 * layout.laneHeight());
        assertThat(layout.axisTop()).isEqualTo(layout.runTop(1) + TimelineLayout.HEADER_HEIGHT
                + 4 * layout.laneHeight());
    }

    @Test
    void thePointOverABlockFindsItAndAGapFindsNothing() {
        TimelineLayout layout = new TimelineLayout(List.of(sequential), WIDTH, HEIGHT, ORIGIN);
        double workerLaneMiddle = layout.laneTop(0, 1) + layout.laneHeight() / 2;

        assertThat(layout.hit(layout.x(700 * MS), workerLaneMiddle, ORIGIN)).get()
                .extracting(hit -> hit.block().frame()).isEqualTo(1);
        assertThat(layout.hit(layout.x(700 * MS), layout.laneTop(0, 0) + 2, ORIGIN)).as("the empty UI lane")
                .isEmpty();
        assertThat(layout.hit(5, 2, ORIGIN)).as("the header").isEmpty();
    }

    @Test
    void theHoverCardTellsWhatWhichThreadAndWhen() {
        String card = WorkerTimelineView.describe(sequential, sequential.blocks().get(1), ORIGIN);

        assertThat(card).isEqualTo("frame 1\nworker 1\n0.500 s \u2192 1.000 s (500 ms)");
    }

    @ParameterizedTest
    @CsvSource({"1.0, 5, 0.2", "7.9, 8, 1.0", "0.012, 6, 0.002", "30, 4, 10"})
    void ticksAreOneTwoOrFiveTimesAPowerOfTen(double span, int wanted, double step) {
        assertThat(TimelineLayout.tickSeconds(span, wanted)).isCloseTo(step, within(1e-12));
    }
}
