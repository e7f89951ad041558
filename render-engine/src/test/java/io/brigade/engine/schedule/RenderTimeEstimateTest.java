package io.brigade.engine.schedule;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToLongFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The freeze estimate against scripted frame costs: no rendering, no clock. */
class RenderTimeEstimateTest {

    private static final double TARGET = 0.25;
    private static final long MS = 1_000_000;

    /** A timer that reports {@code render} and {@code write} for each frame, and remembers which it was asked. */
    private static final class ScriptedFrames implements FrameCostSamples.FrameTimer {
        final List<Integer> asked = new ArrayList<>();
        final IntToLongFunction render;
        final IntToLongFunction write;
        long coldFactor;

        ScriptedFrames(IntToLongFunction render, IntToLongFunction write, long coldFactor) {
            this.render = render;
            this.write = write;
            this.coldFactor = coldFactor;
        }

        @Override
        public FrameCostSamples.Sample time(int frame) {
            asked.add(frame);
            long factor = asked.size() == 1 ? coldFactor : 1; // the JIT is cold for the first frame only
            return new FrameCostSamples.Sample(frame, render.applyAsLong(frame) * factor, write.applyAsLong(frame));
        }

        long actual(int first, int last) {
            long total = 0;
            for (int f = first; f <= last; f++) {
                total += render.applyAsLong(f) + write.applyAsLong(f);
            }
            return total;
        }
    }

    @Test
    void framesThatGrowDearerAreJudgedOverTheWholeRangeNotByTheFirst() throws Exception {
        // the heavy scene's shape: frame 0 is cheap, later frames cost up to ten times as much
        ScriptedFrames frames = new ScriptedFrames(f -> 50 * MS + f * 15 * MS, f -> 20 * MS, 5);

        FrameCostSamples costs = FrameCostSamples.measure(0, 29, 4, 1, frames);
        RenderTimeEstimate oneWorker = RenderTimeEstimate.of(costs, 0, 29, 1, 2);

        assertThat(frames.asked).containsExactly(0, 0, 10, 19, 29); // warm-up first, then spread over the range
        assertThat((double) oneWorker.nanos()).isCloseTo(frames.actual(0, 29), within(1e-6 * frames.actual(0, 29)));
        assertThat(RenderTimeEstimate.of(costs, 20, 29, 1, 2).nanos()).isCloseTo(frames.actual(20, 29),
                within(MS));
    }

    @Test
    void anUnevenSeriesIsEstimatedWithinAQuarterAndSaysHowSureItIs() throws Exception {
        long[] script = {120, 80, 300, 90, 150, 60, 220, 110, 95, 180, 70, 260, 140, 100, 85, 200, 130, 75, 160, 115,
            90, 240, 105, 125};
        ScriptedFrames frames = new ScriptedFrames(f -> script[f] * MS, f -> 0, 1);

        FrameCostSamples costs = FrameCostSamples.measure(0, script.length - 1, 6, 1, frames);
        RenderTimeEstimate estimate = RenderTimeEstimate.of(costs, 0, script.length - 1, 1, 2);

        long actual = frames.actual(0, script.length - 1);
        assertThat((double) estimate.nanos()).isCloseTo(actual, within(TARGET * actual));
        assertThat(estimate.relativeError()).isGreaterThan(RenderTimeEstimate.LEAST_ERROR);
        assertThat(Math.abs(estimate.nanos() - actual)).isLessThanOrEqualTo((long) (estimate.relativeError()
                * estimate.nanos()));
    }

    @Test
    void workersShareTheCoresWithTheOutputThread() {
        FrameCostSamples costs = new FrameCostSamples(List.of(new FrameCostSamples.Sample(0, 100 * MS, 20 * MS)));

        // 10 frames: 1000 ms of rendering, 200 ms of writing
        assertThat(RenderTimeEstimate.of(costs, 0, 9, 1, 2).nanos()).isEqualTo(1200 * MS);
        assertThat(RenderTimeEstimate.of(costs, 0, 9, 2, 2).nanos()).isEqualTo(600 * MS);
        assertThat(RenderTimeEstimate.of(costs, 0, 9, 4, 2).nanos()).isEqualTo(600 * MS); // two cores still
        assertThat(RenderTimeEstimate.of(costs, 0, 9, 2, 8).nanos()).isEqualTo(500 * MS); // writing overlaps
        assertThat(RenderTimeEstimate.of(costs, 0, 9, 4, 1).nanos()).isEqualTo(1200 * MS);
        assertThat(RenderTimeEstimate.of(costs, 0, 0, 4, 8).nanos()).isEqualTo(100 * MS); // one frame, one worker
        assertThat(RenderTimeEstimate.of(costs, 0, 9, 1, 2).relativeError())
                .isEqualTo(RenderTimeEstimate.LEAST_ERROR);
    }

    @Test
    void samplesSpreadOverTheRangeWithBothEnds() {
        assertThat(FrameCostSamples.spread(0, 29, 4)).containsExactly(0, 10, 19, 29);
        assertThat(FrameCostSamples.spread(5, 6, 4)).containsExactly(5, 6);
        assertThat(FrameCostSamples.spread(7, 7, 4)).containsExactly(7);
    }
}
