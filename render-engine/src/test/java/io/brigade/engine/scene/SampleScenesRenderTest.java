package io.brigade.engine.scene;

import io.brigade.engine.raster.FrameRenderer;
import io.brigade.engine.raster.RenderedFrame;
import io.brigade.engine.scene.json.SceneFiles;
import io.brigade.engine.schedule.CancellationToken;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every shipped sample scene loads with the real loaders and renders something besides background. */
class SampleScenesRenderTest {

    static Stream<Path> sampleScenes() throws IOException {
        return Files.list(Path.of("../assets/scenes")).filter(p -> p.toString().endsWith(".scene.json")).sorted();
    }

    @ParameterizedTest
    @MethodSource("sampleScenes")
    void loadsAndRendersVisibleGeometry(Path file) throws Exception {
        Scene scene = SceneFiles.load(file, new StandardAssetResolver());
        RenderSettings small = scene.settings().withSize(96, 54).withAntiAliasing(1);
        int middle = (small.startFrame() + small.endFrame()) / 2;

        RenderedFrame frame = new FrameRenderer().render(scene.poseAt(middle), small, CancellationToken.NONE);

        assertThat(frame.stats().samplesShaded()).as("samples covered by geometry").isGreaterThan(96 * 54 / 10);
        int background = small.background().top().toArgb();
        assertThat(Arrays.stream(frame.copyPixels()).filter(p -> p != background).count()).isGreaterThan(96 * 54 / 10);
    }
}
