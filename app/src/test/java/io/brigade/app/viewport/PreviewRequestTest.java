package io.brigade.app.viewport;

import static org.assertj.core.api.Assertions.assertThat;

import io.brigade.app.testing.SampleScenes;
import io.brigade.engine.raster.FrameRenderer;
import io.brigade.engine.scene.RenderSettings;
import io.brigade.engine.scene.Scene;
import io.brigade.engine.schedule.CancellationToken;
import org.junit.jupiter.api.Test;

class PreviewRequestTest {

    private final Scene scene = SampleScenes.teapotTurntable();

    @Test
    void rendersAtThePreviewSizeWithoutSupersamplingButOtherwiseAsTheSceneSays() {
        RenderSettings settings = new PreviewRequest(scene, 3, new PreviewSize(320, 180)).settings();

        assertThat(scene.settings().antiAliasing()).isGreaterThan(1);
        assertThat(settings).isEqualTo(scene.settings().withSize(320, 180).withAntiAliasing(1));
    }

    @Test
    void rendersTheRequestedFrameAndTimesIt() {
        PreviewRequest request = new PreviewRequest(scene, 7, new PreviewSize(160, 90));

        PreviewResult result = request.render(new FrameRenderer(), CancellationToken.NONE);

        assertThat(result).isInstanceOfSatisfying(PreviewResult.Rendered.class, rendered -> {
            assertThat(rendered.request()).isSameAs(request);
            assertThat(rendered.image().frame()).isEqualTo(7);
            assertThat(rendered.image().width()).isEqualTo(160);
            assertThat(rendered.image().height()).isEqualTo(90);
            assertThat(rendered.renderNanos()).isPositive();
        });
    }

    @Test
    void reportsWhatTheRendererRefusesAsAFailure() {
        PreviewRequest tooWide = new PreviewRequest(scene, 0, new PreviewSize(RenderSettings.MAX_SIZE + 1, 1));

        PreviewResult result = tooWide.render(new FrameRenderer(), CancellationToken.NONE);

        assertThat(result).isInstanceOfSatisfying(PreviewResult.Failed.class, failed ->
                assertThat(failed.error()).hasMessageContaining("width"));
    }
}
