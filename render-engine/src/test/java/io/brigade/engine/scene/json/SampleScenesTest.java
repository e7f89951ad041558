package io.brigade.engine.scene.json;

import io.brigade.engine.scene.FramePose;
import io.brigade.engine.scene.Scene;
import io.brigade.engine.scene.TestAssets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The scenes shipped in {@code assets/scenes} load, pose and survive a save unchanged. */
class SampleScenesTest {

    /** Surefire runs in the module folder; the assets sit beside it. */
    private static final Path ASSETS = Path.of("..", "assets");

    static List<Path> sampleScenes() throws IOException {
        try (Stream<Path> files = Files.list(ASSETS.resolve("scenes"))) {
            return files.filter(f -> f.getFileName().toString().endsWith(SceneFiles.EXTENSION)).sorted().toList();
        }
    }

    @Test
    void theExpectedSamplesAreThere() throws IOException {
        assertThat(sampleScenes()).extracting(p -> p.getFileName().toString()).contains(
                "teapot-turntable.scene.json", "orbit-lights.scene.json", "textured.scene.json", "heavy.scene.json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleScenes")
    void loadsWithEveryReferencedFilePresent(Path file) throws Exception {
        Scene scene = SceneFiles.load(file, TestAssets.checkingFiles());

        assertThat(scene.objects()).isNotEmpty();
        assertThat(scene.lights()).isNotEmpty();
        for (int frame : new int[]{scene.settings().startFrame(), scene.settings().endFrame()}) {
            FramePose pose = scene.poseAt(frame);
            assertThat(pose.items()).hasSameSizeAs(scene.objects());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleScenes")
    void survivesSavingUnchanged(Path file) throws Exception {
        Scene scene = SceneFiles.load(file, TestAssets.standIns());
        Scene again = SceneFiles.parse(SceneFiles.toJson(scene), file.getFileName().toString(), file.toAbsolutePath().getParent(),
                TestAssets.standIns());
        assertThat(again).isEqualTo(scene);
    }

    @Test
    void theSampleTexturesAreReadablePngs() throws IOException {
        for (String name : List.of("checker.png", "bricks.png")) {
            assertThat(ImageIO.read(ASSETS.resolve("textures").resolve(name).toFile())).as(name)
                    .satisfies(image -> assertThat(image.getWidth()).isEqualTo(256));
        }
    }

    @Test
    void creditsArePresent() {
        assertThat(ASSETS.resolve("CREDITS.md")).isRegularFile();
    }
}
