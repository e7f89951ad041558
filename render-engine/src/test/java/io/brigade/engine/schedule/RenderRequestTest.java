package io.brigade.engine.schedule;

import io.brigade.engine.io.PngSequenceWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RenderRequestTest {

    private static final RenderRequest DEFAULTS = RenderRequest.of(TestScenes.spinningCube(), TestScenes.TINY);

    @Test
    void defaultsToOneWorkerPerProcessorAndNoOutputOrRetries() {
        assertThat(DEFAULTS.workers()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(DEFAULTS.output()).isEmpty();
        assertThat(DEFAULTS.resume()).isFalse();
        assertThat(DEFAULTS.retries()).isZero();
        assertThat(DEFAULTS.frameCount()).isEqualTo(12);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, RenderRequest.MAX_WORKERS + 1})
    void rejectsWorkerCountsOutOfRange(int workers) {
        assertThatThrownBy(() -> DEFAULTS.withWorkers(workers))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("workers");
    }

    @Test
    void rejectsNegativeRetriesAndResumeWithoutOutput() {
        assertThatThrownBy(() -> DEFAULTS.withRetries(-1)).hasMessageContaining("retries");
        assertThatThrownBy(() -> DEFAULTS.withResume(true)).hasMessageContaining("resume needs an output");
        assertThat(DEFAULTS.withOutput(new PngSequenceWriter(Path.of("out"))).withResume(true).resume()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {RenderRequest.MAX_FRAMES, Integer.MAX_VALUE})
    void rejectsMoreFramesThanAJobMayRenderNamingTheRange(int endFrame) {
        assertThat(DEFAULTS.withSettings(TestScenes.TINY.withFrames(0, RenderRequest.MAX_FRAMES - 1)).frameCount())
                .isEqualTo(RenderRequest.MAX_FRAMES);
        assertThatThrownBy(() -> DEFAULTS.withSettings(TestScenes.TINY.withFrames(0, endFrame)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most " + RenderRequest.MAX_FRAMES + " frames")
                .hasMessageContaining("frames 0-" + endFrame);
    }
}
