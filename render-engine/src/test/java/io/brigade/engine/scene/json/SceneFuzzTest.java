package io.brigade.engine.scene.json;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.brigade.engine.scene.TestAssets;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Jazzer's coverage-guided target for scene files: any text gives a scene or a SceneFormatException
 * naming the file and the line or field, never anything else. Assets are tiny stand-in meshes, so
 * only the reader is under test. Seeds and crash inputs: {@code SceneFuzzTestInputs/parseScene/}.
 */
class SceneFuzzTest {

    private static final String FILE_NAME = "fuzz.scene.json";
    private static final Path SCENE_DIR = Path.of("scenes");

    @FuzzTest(maxDuration = "60s")
    void parseScene(byte[] bytes) {
        String json = new String(bytes, StandardCharsets.UTF_8);
        try {
            assertThat(SceneFiles.parse(json, FILE_NAME, SCENE_DIR, TestAssets.standIns())).isNotNull();
        } catch (SceneFormatException expected) {
            assertThat(expected.fileName()).isEqualTo(FILE_NAME);
            assertThat(expected.getMessage()).startsWith(FILE_NAME + ":");
            assertThat(expected.problem()).isNotBlank();
            if (expected.problem().startsWith("malformed JSON")) { // a syntax error is placed by line
                assertThat(expected.line()).as(expected.getMessage()).isPositive();
            } // a value is placed by its field path, empty for the document itself ("expected an object, got ...")
        }
    }
}
