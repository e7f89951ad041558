package io.brigade.engine.schedule;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntToLongFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The freeze estimate against scripted frame costs: no rendering, no clock. */
class RenderTimeEstimateTest {

    private static final double TARGET = 0.25;
    private static final long MS = 1_000_000;
    private static final FrameCostSamples.Budget ROOMY = new FrameCostSamples.Budget(1, 5, 10_000 * MS, 0.10,
            4, 10_000 * MS);

    /**
     * A timer that reports {@code cpu} and {@code store} for each frame, the work's wall time stretched by the
     * share of a core the thread gets, and remembers which frames it was asked for. The JIT is cold for the
     * first frame ({@code coldFactor} times dearer) and settles over the next ones.
     */
    private static final class ScriptedFrames implements FrameCostSamples.FrameTimer {
        final List<Integer> asked = new ArrayList<>();
        final IntToLongFunction cpu;
        final IntToLongFunction store;
        final double coldFactor;
        double share = 1;

        ScriptedFrames(IntToLongFunction cpu, IntToLongFunction store, double coldFactor) {
            this.cpu = cpu;
            this.store = store;
            this.coldFactor = coldFactor;
        }

        @Override
        public synchronized FrameCostSamples.Sample time(int frame) {
            asked.add(frame);
            double factor = asked.size() == 1 ? coldFactor : asked.size() == 2 ? 1 + (coldFactor - 1) / 4 : 1;
            long work = Math.round(cpu.applyAsLong(frame) * factor);
            return new FrameCostSamples.Sample(frame, Math.round(work / share), work, store.applyAsLong(frame), 1);
        }

        long actual(int first, int last) {
            long total = 0;
            for (int f = first; f <= last; f++) {
                total += cpu.applyAsLong(f) + store.applyAsLong(f);
            }
            return total;
        }
    }

    @Test
    void framesThatGrowDearerAreJudgedOverTheWholeRangeNotByTheFirst() throws Exception {
        // the heavy scene's shape: frame 0 is cheap, later frames cost up to ten times as much
        ScriptedFrames frames = new ScriptedFrames(f -> 50 * MS + f * 15 * MS, f -> 20 * MS, 5);

        FrameCostSamples costs = FrameCostSamples.measure(0, 29, ROOMY, 1, frames);
        RenderTimeEstimate oneWorker = RenderTimeEstimate.of(costs, 0, 29, 1, 2);

        // the first frame until it costs the same twice (cold, settling, warm, warm), then the ends, then between
        assertThat(frames.asked).containsExactly(0, 0, 0, 0, 29, 10, 19);
        assertThat(costs.warmUps()).isEqualTo(3);
        assertThat((double) oneWorker.nanos()).isCloseTo(frames.actual(0, 29), within(1e-6 * frames.actual(0, 29)));
        assertThat(RenderTimeEstimate.of(costs, 20, 29, 1, 2).nanos()).isCloseTo(frames.actual(20, 29),
                within(MS));
    }

    @Test
    void warmingUpStopsAtItsBudgetWhenTheCostNeverSettles() throws Exception {
        long[] cost = {400 * MS};
        FrameCostSamples.FrameTimer cooling = frame -> {
            cost[0] = cost[0] * 3 / 4; // a quarter cheaper every time: never within 10%
            return FrameCostSamples.Sample.ofWall(frame, cost[0], 0);
        };
        FrameCostSamples.Budget budget = new FrameCostSamples.Budget(1, 5, 500 * MS, 0.10, 4, 10_000 * MS);

        FrameCostSamples costs = FrameCostSamples.measure(0, 9, budget, 1, cooling);

        assertThat(costs.warmUps()).isEqualTo(3); // 225 + 169 + 127 ms reach the 500 ms budget
        assertThat(costs.samples()).hasSize(4);
    }

    @Test
    void dearFramesAreSampledAtTheEndsOnlyOnceTheBudgetIsSpent() throws Exception {
        ScriptedFrames frames = new ScriptedFrames(f -> 1200 * MS, f -> 0, 1);

        FrameCostSamples costs = FrameCostSamples.measure(0, 99, FrameCostSamples.Budget.PROBE, 1, frames);

        assertThat(costs.samples()).extracting(FrameCostSamples.Sample::frame).containsExactly(0, 99);
        assertThat(frames.asked).containsExactly(0, 0, 99); // one warm-up spends the warm-up budget
    }

    @Test
    void cheapFramesWarmUpTwiceAtLeastEvenWhenTheFirstTwoCostTheSame() throws Exception {
        ScriptedFrames frames = new ScriptedFrames(f -> 50 * MS, f -> 0, 1); // as cold as warm: a JIT that lags

        FrameCostSamples costs = FrameCostSamples.measure(0, 29, FrameCostSamples.Budget.PROBE, 1, frames);

        assertThat(costs.warmUps()).isEqualTo(2);
        assertThat(frames.asked).containsExactly(0, 0, 0, 29, 10, 19);
    }

    @Test
    void anUnevenSeriesIsEstimatedWithinAQuarterAndSaysHowSureItIs() throws Exception {
        long[] script = {120, 80, 300, 90, 150, 60, 220, 110, 95, 180, 70, 260, 140, 100, 85, 200, 130, 75, 160, 115,
            90, 240, 105, 125};
        ScriptedFrames frames = new ScriptedFrames(f -> script[f] * MS, f -> 0, 1);

        FrameCostSamples costs = FrameCostSamples.measure(0, script.length - 1,
                new FrameCostSamples.Budget(1, 1, 0, 0.10, 6, 10_000 * MS), 1, frames);
        RenderTimeEstimate estimate = RenderTimeEstimate.of(costs, 0, script.length - 1, 1, 2);

        long actual = frames.actual(0, script.length - 1);
        assertThat((double) estimate.nanos()).isCloseTo(actual, within(TARGET * actual));
        assertThat(estimate.errorPercent()).isGreaterThan(Math.round(100 * RenderTimeEstimate.LEAST_ERROR));
        assertThat(actual).isBetween(estimate.lowNanos(), estimate.highNanos());
    }

    @Test
    void aBusyMachineStretchesOneWorkerAsTheProbeFeltIt() throws Exception {
        ScriptedFrames frames = new ScriptedFrames(f -> 100 * MS, f -> 10 * MS, 1);
        frames.share = 0.5; // other programs took turns with the probe: it got half a core

        FrameCostSamples costs = FrameCostSamples.measure(0, 9, ROOMY, 1, frames);

        assertThat(costs.shareOf(1)).isCloseTo(0.5, within(1e-9));
        assertThat(RenderTimeEstimate.of(costs, 0, 9, 1, 2).nanos()).isEqualTo(10 * (200 + 10) * MS);
    }

    @Test
    void framesTimedSeveralAtOnceSayHowManyCoresSeveralWorkersGet() throws Exception {
        ScriptedFrames frames = new ScriptedFrames(f -> 100 * MS, f -> 0, 1);
        FrameCostSamples.FrameTimer crowded = frame -> {
            FrameCostSamples.Sample sample = frames.time(frame);
            // alone the probe gets a whole core; two at a time half a core each (another program has the other)
            return frames.asked.size() <= 2 ? sample : new FrameCostSamples.Sample(frame, 2 * sample.workNanos(),
                    sample.workCpuNanos(), 0, 1);
        };

        FrameCostSamples costs = FrameCostSamples.measure(0, 19, ROOMY, 2, crowded);

        assertThat(costs.samples()).extracting(FrameCostSamples.Sample::frame).containsExactly(0, 5, 10, 14, 19);
        assertThat(costs.samples()).extracting(FrameCostSamples.Sample::threads).containsExactly(1, 2, 2, 2, 2);
        assertThat(costs.coresFor(1, 2)).isCloseTo(1, within(1e-9));
        assertThat(costs.coresFor(2, 2)).isCloseTo(1, within(1e-9));
        assertThat(costs.coresFor(4, 2)).isCloseTo(1, within(1e-9));
        // two workers get one core between them: no faster than one worker
        assertThat(RenderTimeEstimate.of(costs, 0, 19, 2, 2).nanos()).isEqualTo(2000 * MS);
        assertThat(RenderTimeEstimate.of(costs, 0, 19, 1, 2).nanos()).isEqualTo(2000 * MS);
        // and the busy machine widens the range
        assertThat(RenderTimeEstimate.of(costs, 0, 19, 2, 2).errorPercent()).isEqualTo(35);
    }

    @Test
    void onAQuietMachineSeveralThreadsGetACoreEachUpToTheCores() {
        FrameCostSamples costs = new FrameCostSamples(List.of(FrameCostSamples.Sample.ofWall(0, 100 * MS, 0),
                new FrameCostSamples.Sample(9, 100 * MS, 100 * MS, 0, 2)));

        assertThat(costs.coresFor(1, 2)).isCloseTo(1, within(1e-9));
        assertThat(costs.coresFor(2, 2)).isCloseTo(2, within(1e-9));
        assertThat(costs.coresFor(3, 2)).isCloseTo(2, within(1e-9));
        FrameCostSamples alone = new FrameCostSamples(List.of(FrameCostSamples.Sample.ofWall(0, 100 * MS, 0)));
        assertThat(alone.coresFor(4, 2)).isCloseTo(2, within(1e-9)); // timed one at a time: a core per thread
        assertThat(alone.coresFor(4, 1)).isCloseTo(1, within(1e-9));
    }

    @Test
    void workersShareTheCoresWithEachOtherAndTheOutputThreadStoresInTurn() {
        FrameCostSamples costs = new FrameCostSamples(List.of(FrameCostSamples.Sample.ofWall(0, 100 * MS, 20 * MS)));

        // 10 frames: 1000 ms of rendering and encoding, 200 ms of storing
        assertThat(RenderTimeEstimate.of(costs, 0, 9, 1, 2).nanos()).isEqualTo(1200 * MS);
        // two at a time, stores overlap the next frames: the last pair ends at 500 ms, then two stores
        assertThat(RenderTimeEstimate.of(costs, 0, 9, 2, 2).nanos()).isEqualTo(540 * MS);
        assertThat(RenderTimeEstimate.of(costs, 0, 9, 4, 2).nanos()).isEqualTo(520 * MS); // two cores still
        assertThat(RenderTimeEstimate.of(costs, 0, 9, 4, 1).nanos()).isEqualTo(1020 * MS);
        assertThat(RenderTimeEstimate.of(costs, 0, 9, 1, 2).lowNanos()).isEqualTo(1080 * MS);
        assertThat(RenderTimeEstimate.of(costs, 0, 9, 1, 2).highNanos()).isEqualTo(1320 * MS);
    }

    /** A quiet machine of {@code cores}: each busy thread up to the cores gets one. */
    private static IntToDoubleFunction quiet(int cores) {
        return busy -> Math.min(busy, cores);
    }

    @Test
    void fewerFramesThanWorkersAreCutIntoTilesThatAllWorkersShare() {
        double[] one = {100 * MS};
        double[] none = {0};

        assertThat(RenderScheduleModel.jobNanos(one, none, 4, quiet(8))).isCloseTo(25 * MS, within(1.0));
        assertThat(RenderScheduleModel.jobNanos(one, none, 4, quiet(2))).isCloseTo(50 * MS, within(1.0));
        double[] three = {100 * MS, 100 * MS, 100 * MS};
        assertThat(RenderScheduleModel.jobNanos(three, new double[3], 4, quiet(4))).isCloseTo(75 * MS,
                within(1.0));
    }

    @Test
    void theTailOfAJobWhoseFramesDoNotDivideByTheWorkersIsShared() {
        double[] five = {100 * MS, 100 * MS, 100 * MS, 100 * MS, 100 * MS};

        // frames 0-3 whole two at a time (200 ms), then frame 4 cut into tiles for both: 50 ms more
        assertThat(RenderScheduleModel.jobNanos(five, new double[5], 2, quiet(2))).isCloseTo(250 * MS,
                within(1.0));
        // three workers: frames 0-2 whole, then frames 3 and 4, fewer than the workers, in tiles for all three
        assertThat(RenderScheduleModel.jobNanos(five, new double[5], 3, quiet(3))).isCloseTo(100 * MS + 200 * MS
                / 3.0, within(1.0));
    }

    @Test
    void samplesSpreadOverTheRangeWithBothEndsFirst() {
        assertThat(FrameCostSamples.spread(0, 29, 4)).containsExactly(0, 10, 19, 29);
        assertThat(FrameCostSamples.spread(5, 6, 4)).containsExactly(5, 6);
        assertThat(FrameCostSamples.spread(7, 7, 4)).containsExactly(7);
        assertThat(FrameCostSamples.endsFirst(List.of(0, 10, 19, 29))).containsExactly(0, 29, 10, 19);
    }
}
