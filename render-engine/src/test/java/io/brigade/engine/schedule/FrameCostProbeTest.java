package io.brigade.engine.schedule;

import io.brigade.engine.scene.RenderSettings;
import io.brigade.engine.scene.Scene;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The probe on real (small, empty) scenes: which frames it times, how, and on how many threads. */
class FrameCostProbeTest {

    @Test
    void oneWorkerIsTimedOnWholeFramesOneAtATimeAfterWarmingUp() throws Exception {
        Scene scene = Scene.empty(RenderSettings.DEFAULT.withSize(64, 36).withFrames(0, 29));

        FrameCostSamples costs = FrameCostProbe.measure(scene, 0, 29, 1);

        assertThat(costs.warmUps()).isGreaterThanOrEqualTo(FrameCostSamples.Budget.PROBE.minWarmUps());
        assertThat(costs.samples()).extracting(FrameCostSamples.Sample::frame).containsExactly(0, 10, 19, 29);
        assertThat(costs.samples()).allMatch(sample -> sample.threads() == 1 && sample.cpuNanos() > 0);
    }

    @Test
    void severalWorkersAreTimedSeveralAtATimeOnFramesTooLargeForOneSampleBuffer() throws Exception {
        // more samples than one sample buffer holds: a job's worker renders these frames in a few bands
        RenderSettings large = RenderSettings.DEFAULT.withSize(1100, 1000).withAntiAliasing(2).withFrames(0, 9);
        assertThat(TileLayout.mustTile(large)).isTrue();
        int together = Math.min(2, Runtime.getRuntime().availableProcessors());

        FrameCostSamples costs = FrameCostProbe.measure(Scene.empty(large), 0, 9, 2);

        assertThat(costs.samples()).extracting(FrameCostSamples.Sample::threads).contains(together);
        assertThat(costs.samples()).allMatch(sample -> sample.cpuNanos() > 0);
    }
}
