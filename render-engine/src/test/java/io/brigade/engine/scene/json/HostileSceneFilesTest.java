package io.brigade.engine.scene.json;

import io.brigade.engine.scene.TestAssets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Scene files built to hurt: absurd but finite numbers, bytes that are not UTF-8, JSON nested to exhaustion. */
class HostileSceneFilesTest {

    private static final String FILE = "bad.scene.json";

    @TempDir
    Path dir;

    private static String scene(String camera, String transform) {
        return ("{'format': 'brigade-scene', 'version': 1, 'camera': " + camera + ", 'objects': [{'name': 'a', "
                + "'mesh': {'primitive': 'cube'}, 'transform': " + transform + "}]}").replace('\'', '"');
    }

    private static SceneFormatException failureOf(String json) {
        return catchThrowableOfType(SceneFormatException.class,
                () -> SceneFiles.parse(json, FILE, Path.of("."), TestAssets.standIns()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "translation 1e308| {'position': [0, 0, 5]}| {'translation': [1e308, 0, 0]}| objects[0].transform.translation[0]",
            "scale 1e308| {'position': [0, 0, 5]}| {'scale': 1e308}| objects[0].transform.scale",
            "scale vector 1e308| {'position': [0, 0, 5]}| {'scale': [1, -1e308, 1]}| objects[0].transform.scale[1]",
            "camera 1e308| {'position': [0, 1e308, 5]}| {}| camera.position[1]",
            "keyed translation| {'position': [0, 0, 5]}| {'keyframes': [{'time': 0}, {'time': 1, 'translation': [0, 0, 2e19]}]}| objects[0].transform.keyframes[1].translation[2]"})
    void finiteButAbsurdValuesAreRefusedNamingTheField(String what, String camera, String transform, String field) {
        SceneFormatException e = failureOf(scene(camera.replace('\'', '"'), transform.replace('\'', '"')));

        assertThat(e).as(what).isNotNull();
        assertThat(e.fieldPath()).isEqualTo(field);
        assertThat(e.problem()).contains("too large to render").contains("1.8E19");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "uniform| {'scale': 0}| objects[0].transform.scale",
            "one axis| {'scale': [1, 0, 1]}| objects[0].transform.scale"})
    void aScaleOfZeroIsRefused(String what, String transform, String field) {
        SceneFormatException e = failureOf(scene("{\"position\": [0, 0, 5]}", transform.replace('\'', '"')));

        assertThat(e.fieldPath()).isEqualTo(field);
        assertThat(e.problem()).contains("must not be 0");
    }

    @Test
    void largeButRenderableValuesStillLoad() throws Exception {
        assertThat(SceneFiles.parse(scene("{\"position\": [0, 0, 1e6]}", "{\"translation\": [1e18, 0, 0], \"scale\": 1e-9}"),
                FILE, Path.of("."), TestAssets.standIns())).isNotNull();
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedWithTheirLine() throws Exception {
        byte[] text = scene("{\"position\": [0, 0, 5]}", "{}").replace(", \"objects\"", ",\n\n\"objects\"")
                .replace("\"a\"", "\"caf\u00e9\"").getBytes(StandardCharsets.ISO_8859_1); // a lone 0xE9 byte
        Path file = Files.write(dir.resolve(FILE), text);

        SceneFormatException e = catchThrowableOfType(SceneFormatException.class,
                () -> SceneFiles.load(file, TestAssets.standIns()));

        assertThat(e.line()).isEqualTo(3);
        assertThat(e.getMessage()).startsWith("bad.scene.json:3: not UTF-8 text: byte 0xe9 at byte offset ")
                .endsWith("; save the file as UTF-8");
    }

    @Test
    void jsonNestedBeyondTheParserLimitIsReportedWithoutParserInternals() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        SceneFormatException e = failureOf("{\"format\": \"brigade-scene\", \"x\": " + deep + "}");

        assertThat(e.getMessage()).isEqualTo("bad.scene.json: malformed JSON: the JSON is nested too deeply")
                .doesNotContain("StreamReadConstraints").doesNotContain("Source").doesNotContain("`");
    }

    @Test
    void syntaxErrorsDoNotQuoteTheParserSource() {
        SceneFormatException e = failureOf("{\"format\": \"brigade-scene\",\n \"version\": 1,, }");

        assertThat(e.getMessage()).startsWith("bad.scene.json:2: malformed JSON: ")
                .doesNotContain("[Source").doesNotContain("REDACTED").doesNotContain("StreamReadFeature");
    }
}
