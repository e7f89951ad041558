package io.brigade.engine.farm;

import io.brigade.engine.io.PngCompression;
import io.brigade.engine.raster.FrameRenderer;
import io.brigade.engine.raster.RenderedFrame;
import io.brigade.engine.scene.Scene;
import io.brigade.engine.scene.StandardAssetResolver;
import io.brigade.engine.scene.json.SceneFiles;
import io.brigade.engine.scene.json.SceneFormatException;
import io.brigade.engine.schedule.CancellationToken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A job's files travel with it, and a worker reads them, and only them, as a local render does. */
class ShippedSceneTest {

    private static final Path CHECKER = Path.of("../assets/textures/checker.png");

    @TempDir
    Path dir;

    @Test
    void aJobCarriesItsObjMtlAndTexturesAndRendersAsTheLocalScene() throws Exception {
        Path scene = objScene();
        Scene local = SceneFiles.load(scene, new StandardAssetResolver());

        FarmJob job = FarmJob.of(scene, local);

        assertThat(job.sceneDir()).isEqualTo("scenes");
        assertThat(job.files()).containsOnlyKeys("models/tri.obj", "models/tri.mtl", "textures/checker.png",
                "textures/bricks.png");
        Scene shipped = ShippedScene.read(JobManifest.of("job", "client", job, PngCompression.FAST), byHash(job));
        assertThat(render(shipped).samePixels(render(local))).isTrue();
    }

    @Test
    void aPathInTheJobReachesOnlyTheJobsOwnFilesNeverTheWorkersDisk() {
        String absolute = CHECKER.toAbsolutePath().normalize().toString().replace('\\', '/');
        assertThat(Files.isRegularFile(Path.of(absolute))).isTrue();
        String json = sceneJson("{\"primitive\": \"cube\", \"size\": 1}", absolute);
        FarmJob job = new FarmJob("evil.scene.json", json, "", Map.of());

        assertThatThrownBy(() -> ShippedScene.read(JobManifest.of("job", "client", job, PngCompression.FAST), byHash(job)))
                .isInstanceOf(SceneFormatException.class).hasMessageContaining("evil.scene.json")
                .hasMessageContaining("no such file");
    }

    @Test
    void assetPathsThatClimbOutOrAreAbsoluteAreRefused() {
        for (String bad : new String[]{"../x.obj", "/x.obj", "a//b.obj", "a/./b.obj", "C:/x.obj", "a\\b.obj"}) {
            assertThatThrownBy(() -> ShippedScene.checkedPath(bad)).as(bad).isInstanceOf(IOException.class);
        }
    }

    @Test
    void bytesThatDoNotMatchTheirHashAreRefused() throws Exception {
        Path scene = objScene();
        FarmJob job = FarmJob.of(scene, SceneFiles.load(scene, new StandardAssetResolver()));
        assertThatThrownBy(() -> ShippedScene.read(JobManifest.of("job", "client", job, PngCompression.FAST), hash -> new byte[0]))
                .isInstanceOf(IOException.class).hasMessageContaining("do not match");
    }

    private Path objScene() throws IOException {
        Files.createDirectories(dir.resolve("scenes"));
        Files.createDirectories(dir.resolve("models"));
        Files.createDirectories(dir.resolve("textures"));
        Files.copy(CHECKER, dir.resolve("textures/checker.png"));
        Files.copy(Path.of("../assets/textures/bricks.png"), dir.resolve("textures/bricks.png"));
        Files.writeString(dir.resolve("models/tri.obj"), String.join("\n", "mtllib tri.mtl",
                "v -1 0 0", "v 1 0 0", "v 0 1.5 0", "vt 0 0", "vt 1 0", "vt 0.5 1", "usemtl tex", "f 1/1 2/2 3/3", ""));
        Files.writeString(dir.resolve("models/tri.mtl"), String.join("\n", "newmtl tex", "Kd 1 1 1",
                "map_Kd ../textures/checker.png", ""));
        Path scene = dir.resolve("scenes/tri.scene.json");
        Files.writeString(scene, sceneJson("{\"obj\": \"../models/tri.obj\"}", "../textures/bricks.png"));
        return scene;
    }

    private static String sceneJson(String mesh, String texture) {
        return """
                {
                  "format": "brigade-scene",
                  "version": 1,
                  "settings": {"width": 64, "height": 48, "fps": 24, "frames": {"start": 0, "end": 3}},
                  "camera": {"position": [0, 1, 4], "target": [0, 0.5, 0], "fov": 45},
                  "objects": [
                    {"name": "shape", "mesh": %s},
                    {"name": "box", "mesh": {"primitive": "cube", "size": 0.5},
                     "material": {"diffuse": "#ffffff", "texture": "%s"}}
                  ]
                }
                """.formatted(mesh, texture);
    }

    private static java.util.function.Function<String, byte[]> byHash(FarmJob job) {
        Map<String, byte[]> byHash = new HashMap<>();
        job.files().values().forEach(bytes -> byHash.put(ShippedScene.sha256(bytes), bytes));
        return byHash::get;
    }

    private static RenderedFrame render(Scene scene) {
        return new FrameRenderer().render(scene.poseAt(1), scene.settings(), CancellationToken.NONE);
    }
}
