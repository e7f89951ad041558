package io.brigade.engine.scene.json;

import io.brigade.engine.scene.RenderSettings;
import io.brigade.engine.scene.Scene;
import io.brigade.engine.scene.TestAssets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Every invalid value is reported with the file name, the field path and what is wrong. */
class InvalidSceneFilesTest {

    private static final String FILE = "bad.scene.json";
    private static final String CUBE = "'mesh': {'primitive': 'cube'}";

    @TempDir
    Path dir;

    /** A scene document with the given top-level members; single quotes stand for double quotes. */
    private static String scene(String members) {
        return q("{'format': 'brigade-scene', 'version': 1" + (members.isEmpty() ? "" : ", " + members) + "}");
    }

    private static String objects(String... objects) {
        return scene("'objects': [" + String.join(", ", objects) + "]");
    }

    private static String camera(String camera) {
        return scene("'camera': " + camera);
    }

    private static String lights(String... lights) {
        return scene("'lights': [" + String.join(", ", lights) + "]");
    }

    private static String q(String text) {
        return text.replace('\'', '"');
    }

    static Stream<Arguments> invalidScenes() {
        return Stream.of(
                // the document
                arguments("[]", "expected an object, got an array"),
                arguments(q("{'version': 1}"), "format: required field is missing"),
                arguments(q("{'format': 'obj', 'version': 1}"), q("format: expected 'brigade-scene', got 'obj'")),
                arguments(q("{'format': 'brigade-scene', 'version': 2, 'sparkles': true}"),
                        "version: version 2 is newer than this program understands (up to 1); please update Brigade"),
                arguments(q("{'format': 'brigade-scene', 'version': 0}"), "version: must be between 1 and 2147483647, got 0"),
                arguments(q("{'format': 'brigade-scene', 'version': '1'}"), "version: expected a number, got a string"),
                arguments(scene("'objcts': []"),
                        "objcts: unknown field (expected format, version, settings, camera, ambient, lights or objects)"),
                // settings
                arguments(scene("'settings': {'width': 0}"), "settings.width: must be between 1 and 16384, got 0"),
                arguments(scene("'settings': {'width': 2.5}"), "settings.width: must be a whole number, got 2.5"),
                arguments(scene("'settings': {'height': 99999999999}"), "settings.height: must be between 1 and 16384, got 99999999999"),
                arguments(scene("'settings': {'fps': -1}"), "settings.fps: must be > 0, got -1"),
                arguments(scene("'settings': {'fps': 5000}"), "settings.fps: must be <= 1000, got 5000"),
                arguments(scene("'settings': {'fps': 1e999}"), "settings.fps: the number is too large"),
                arguments(scene("'settings': {'frames': {'start': 10, 'end': 5}}"), "settings.frames.end: must be >= start (10), got 5"),
                arguments(scene("'settings': {'frames': {'start': 10}}"), "settings.frames.end: required field is missing"),
                arguments(scene("'settings': {'frames': {'start': -1, 'end': 5}}"), "settings.frames.start: must be between 0 and 2147483647, got -1"),
                arguments(scene("'settings': {'antiAliasing': 8}"), "settings.antiAliasing: must be between 1 and 4, got 8"),
                arguments(scene("'settings': {'shading': 'phongg'}"), q("settings.shading: unknown value 'phongg' (expected flat, gouraud or phong)")),
                arguments(scene("'settings': {'shading': 'PHONG'}"), q("settings.shading: unknown value 'PHONG' (expected flat, gouraud or phong)")),
                arguments(scene("'settings': {'background': '#12345'}"),
                        q("settings.background: expected a colour like '#ff8800' or [r, g, b], got '#12345'")),
                arguments(scene("'settings': {'background': 7}"),
                        q("settings.background: expected a colour like '#ff8800' or [r, g, b], got the number 7")),
                arguments(scene("'settings': {'background': {'top': '#000000'}}"), "settings.background.bottom: required field is missing"),
                arguments(scene("'settings': {'wireframe': 'yes'}"), "settings.wireframe: expected true or false, got a string"),
                arguments(scene("'settings': {'widht': 100}"),
                        "settings.widht: unknown field (expected width, height, fps, frames, antiAliasing, shading, background or wireframe)"),
                // camera
                arguments(camera("{'target': [0, 0, 0]}"), "camera.position: required field is missing"),
                arguments(camera("{'position': [0, 0, 5], 'fov': 180}"), "camera.fov: must be < 180, got 180"),
                arguments(camera("{'position': [0, 0, 5], 'fov': 0}"), "camera.fov: must be > 0, got 0"),
                arguments(camera("{'position': [0, 0, 5], 'near': 1, 'far': 0.5}"), "camera.far: must be greater than near (1), got 0.5"),
                arguments(camera("{'position': [0, 0, 5], 'near': 200}"), "camera.far: must be greater than near (200), got 100.0"),
                arguments(camera("{'position': [0, 0, 0]}"), "camera.target: must differ from the camera position"),
                arguments(camera("{'position': [0, 0, 5], 'up': [0, 0, 0]}"), "camera.up: must not be the zero vector"),
                arguments(camera("{'position': [0, 0], 'target': [0, 0, 0]}"), "camera.position: expected [x, y, z], got an array of 2"),
                arguments(camera("{'position': '0 0 5'}"), "camera.position: expected [x, y, z], got a string"),
                arguments(camera("{'position': [0, 'x', 5]}"), "camera.position[1]: expected a number, got a string"),
                arguments(camera("{'position': [0, 0, 5], 'interpolation': 'smooth'}"), "camera.interpolation: only meaningful with keyframes"),
                arguments(camera("{'keyframes': []}"), "camera.keyframes: must list at least one keyframe"),
                arguments(camera("{'keyframes': {'time': 0}}"), "camera.keyframes: expected an array, got an object"),
                arguments(camera("{'position': [0, 0, 5], 'keyframes': [{'time': 0}, {'time': -1}]}"),
                        "camera.keyframes[1].time: must be >= 0, got -1"),
                arguments(camera("{'position': [0, 0, 5], 'keyframes': [{'time': 2}, {'time': 2.0}]}"),
                        "camera.keyframes[1].time: keyframes[0] has the same time"),
                arguments(camera("{'position': [0, 0, 5], 'keyframes': [{'position': [1, 1, 1]}]}"),
                        "camera.keyframes[0].time: required field is missing"),
                arguments(camera("{'keyframes': [{'time': 0}]}"), "camera.keyframes[0].position: required field is missing"),
                arguments(camera("{'position': [0, 0, 5], 'keyframes': [{'time': 0, 'interpolation': 'cubic'}]}"),
                        q("camera.keyframes[0].interpolation: unknown value 'cubic' (expected step, linear or smooth)")),
                arguments(camera("{'keyframes': [{'time': 0, 'positon': [0, 0, 5]}]}"),
                        "camera.keyframes[0].positon: unknown field (expected time, interpolation, position, target, up, fov, near or far)"),
                arguments(camera("{'position': [0, 0, 5], 'keyframes': [{'time': 0}, {'time': 1, 'fov': 200}]}"),
                        "camera.keyframes[1].fov: must be < 180, got 200"),
                arguments(camera("{'position': [0, 0, 5], 'near': 5, 'keyframes': [{'time': 0, 'far': 2}]}"),
                        "camera.keyframes[0].far: must be greater than near (5), got 2"),
                // ambient
                arguments(scene("'ambient': [-1, 0, 0]"), "ambient[0]: must be >= 0, got -1"),
                arguments(scene("'ambient': [0.1, 0.1]"), "ambient: expected [r, g, b], got an array of 2"),
                // lights
                arguments(scene("'lights': {}"), "lights: expected an array, got an object"),
                arguments(lights("{'type': 'point', 'position': [0, 1, 0]}"), "lights[0].name: required field is missing"),
                arguments(lights("{'name': '', 'type': 'point', 'position': [0, 1, 0]}"), "lights[0].name: must not be empty"),
                arguments(lights("{'name': 'a', 'type': 'spot', 'position': [0, 1, 0]}"),
                        q("lights[0].type: unknown value 'spot' (expected directional or point)")),
                arguments(lights("{'name': 'a', 'position': [0, 1, 0]}"), "lights[0].type: required field is missing"),
                arguments(lights("{'name': 'sun', 'type': 'directional', 'direction': [0, -1, 0], 'range': 3}"),
                        "lights[0].range: a directional light has no range"),
                arguments(lights("{'name': 'lamp', 'type': 'point', 'position': [0, 1, 0], 'direction': [0, -1, 0]}"),
                        "lights[0].direction: a point light has no direction"),
                arguments(lights("{'name': 'lamp', 'type': 'point'}"), "lights[0].position: required field is missing"),
                arguments(lights("{'name': 'lamp', 'type': 'point', 'position': [0, 1, 0], 'range': 0}"), "lights[0].range: must be > 0, got 0"),
                arguments(lights("{'name': 'lamp', 'type': 'point', 'position': [0, 1, 0], 'intensity': -1}"),
                        "lights[0].intensity: must be >= 0, got -1"),
                arguments(lights("{'name': 'sun', 'type': 'directional', 'direction': [0, 0, 0]}"), "lights[0].direction: must not be the zero vector"),
                arguments(lights("{'name': 'sun', 'type': 'directional', 'range': 3, 'keyframes': [{'time': 0, 'direction': [0, -1, 0]}]}"),
                        "lights[0].range: a directional light has no range"),
                arguments(lights("{'name': 'x', 'type': 'point', 'position': [0, 1, 0], 'keyframes': [{'time': 0}, {'time': 1, 'type': 'directional'}]}"),
                        "lights[0].keyframes[1].direction: required field is missing"),
                arguments(lights("{'name': 'x', 'type': 'point', 'position': [0, 1, 0], 'keyframes': [{'time': 0, 'type': 'directional', 'direction': [1, 0, 0], 'range': 2}]}"),
                        "lights[0].keyframes[0].range: a directional light has no range"),
                arguments(lights("{'name': 'a', 'type': 'point', 'position': [0, 1, 0]}", "{'name': 'a', 'type': 'point', 'position': [0, 2, 0]}"),
                        q("lights[1].name: duplicate light name 'a' (also lights[0])")),
                arguments(lights("{'name': 'a', 'type': 'point', 'position': [0, 1, 0], 'colour': '#ffffff'}"),
                        "lights[0].colour: unknown field (expected name, interpolation, keyframes, type, direction, position, color, intensity or range)"),
                // objects
                arguments(objects("{'name': 'a'}"), "objects[0].mesh: required field is missing"),
                arguments(objects("{'name': null, " + CUBE + "}"), "objects[0].name: required field is missing"),
                arguments(objects("{'name': '  ', " + CUBE + "}"), "objects[0].name: must not be empty"),
                arguments(objects("{'name': 7, " + CUBE + "}"), "objects[0].name: expected a string, got the number 7"),
                arguments(objects("{'name': 'a', 'mesh': {'primitive': 'cube', 'obj': 'a.obj'}}"),
                        q("objects[0].mesh: give either 'primitive' or 'obj', not both")),
                arguments(objects("{'name': 'a', 'mesh': {}}"), q("objects[0].mesh: needs 'primitive' (a generated shape) or 'obj' (a model file)")),
                arguments(objects("{'name': 'a', 'mesh': 'cube'}"), "objects[0].mesh: expected an object, got a string"),
                arguments(objects("{'name': 'a', 'mesh': {'primitive': 'spere'}}"),
                        q("objects[0].mesh.primitive: unknown value 'spere' (expected cube, cylinder, plane, sphere, teapot or torus)")),
                arguments(objects("{'name': 'a', 'mesh': {'primitive': 'sphere', 'segmets': 8}}"),
                        "objects[0].mesh.segmets: unknown field (expected primitive, radius, segments or rings)"),
                arguments(objects("{'name': 'a', 'mesh': {'primitive': 'sphere', 'radius': 'big'}}"), "objects[0].mesh.radius: expected a number, got a string"),
                arguments(objects("{'name': 'a', 'mesh': {'obj': 'a.obj', 'radius': 1}}"), "objects[0].mesh.radius: unknown field (expected obj)"),
                arguments(objects("{'name': 'a', 'mesh': {'obj': ''}}"), "objects[0].mesh.obj: must not be empty"),
                arguments(objects("{'name': 'a', " + CUBE + ", 'material': {'colour': '#ff0000'}}"),
                        "objects[0].material.colour: unknown field (expected name, diffuse, specular, shininess, texture, wrap or doubleSided)"),
                arguments(objects("{'name': 'a', " + CUBE + ", 'material': {'wrap': 'clamp'}}"), "objects[0].material.wrap: only meaningful with a texture"),
                arguments(objects("{'name': 'a', " + CUBE + ", 'material': {'texture': 't.png', 'wrap': 'mirror'}}"),
                        q("objects[0].material.wrap: unknown value 'mirror' (expected repeat or clamp)")),
                arguments(objects("{'name': 'a', " + CUBE + ", 'material': {'shininess': -1}}"), "objects[0].material.shininess: must be >= 0, got -1"),
                arguments(objects("{'name': 'a', " + CUBE + ", 'material': {'diffuse': 'red'}}"),
                        q("objects[0].material.diffuse: expected a colour like '#ff8800' or [r, g, b], got 'red'")),
                arguments(objects("{'name': 'a', " + CUBE + ", 'transform': {'keyframes': [{'time': 0}, {'time': -1}]}}"),
                        "objects[0].transform.keyframes[1].time: must be >= 0, got -1"),
                arguments(objects("{'name': 'a', " + CUBE + ", 'transform': {'rotation': [0, 90]}}"),
                        "objects[0].transform.rotation: expected [x, y, z], got an array of 2"),
                arguments(objects("{'name': 'a', " + CUBE + ", 'transform': {'scale': 'big'}}"), "objects[0].transform.scale: expected a number, got a string"),
                arguments(objects("{'name': 'a', " + CUBE + ", 'transform': {'translate': [1, 2, 3]}}"),
                        "objects[0].transform.translate: unknown field (expected interpolation, keyframes, translation, rotation or scale)"),
                arguments(objects("{'name': 'a', " + CUBE + ", 'transform': {'keyframes': [{'time': 0, 'rotation': [0, 'x', 0]}]}}"),
                        "objects[0].transform.keyframes[0].rotation[1]: expected a number, got a string"),
                arguments(objects("{'name': 'a', " + CUBE + "}", "{'name': 'b', " + CUBE + ", 'parent': 'ghost'}"),
                        q("objects[1].parent: there is no object named 'ghost'")),
                arguments(objects("{'name': 'a', " + CUBE + ", 'parent': 'b'}", "{'name': 'b', " + CUBE + ", 'parent': 'a'}"),
                        "objects[0].parent: parent cycle a -> b -> a"),
                arguments(objects("{'name': 'a', " + CUBE + "}", "{'name': 'a', " + CUBE + "}"),
                        q("objects[1].name: duplicate object name 'a' (also objects[0])")),
                arguments(objects("{'name': 'a', " + CUBE + ", 'color': '#ff0000'}"),
                        "objects[0].color: unknown field (expected name, mesh, material, parent or transform)"),
                // assets, reported under the field that names them
                arguments(objects("{'name': 'a', " + CUBE + "}", "{'name': 'head', 'mesh': {'obj': 'models/missing.obj'}}"),
                        "objects[1].mesh.obj: cannot read models/missing.obj: no such file"),
                arguments(objects("{'name': 'a', " + CUBE + ", 'material': {'texture': 'textures/missing.png'}}"),
                        "objects[0].material.texture: cannot read textures/missing.png: no such file"),
                arguments(objects("{'name': 'a', 'mesh': {'primitive': 'sphere', 'radius': -1}}"),
                        "objects[0].mesh.primitive: sphere radius must be >= 0, got -1.0"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("invalidScenes")
    void namesTheFieldAndTheProblem(String json, String expected) {
        SceneFormatException e = catchThrowableOfType(
                () -> SceneFiles.parse(json, FILE, dir, TestAssets.standIns()), SceneFormatException.class);
        assertThat(e).as("no exception for %s", json).isNotNull();
        assertThat(e.getMessage()).isEqualTo(FILE + ": " + expected);
        assertThat(e.fileName()).isEqualTo(FILE);
        assertThat(e.line()).isZero();
    }

    @Test
    void malformedJsonNamesTheLine() {
        String json = q("{\n  'format': 'brigade-scene',\n  'version': 1\n  'objects': []\n}\n");
        SceneFormatException e = catchThrowableOfType(
                () -> SceneFiles.parse(json, FILE, dir, TestAssets.standIns()), SceneFormatException.class);
        assertThat(e.getMessage()).startsWith(FILE + ":4: malformed JSON: Unexpected character ('\"' (code 34))");
        assertThat(e.line()).isEqualTo(4);
    }

    @Test
    void duplicateKeysAreMalformed() {
        String json = q("{\n'format': 'brigade-scene',\n'version': 1,\n'version': 1}");
        assertThatThrownBy(() -> SceneFiles.parse(json, FILE, dir, TestAssets.standIns()))
                .isInstanceOf(SceneFormatException.class)
                .hasMessage(FILE + ":4: malformed JSON: Duplicate field 'version'");
    }

    @Test
    void textAfterTheDocumentIsMalformed() {
        String json = scene("") + "\n{}";
        assertThatThrownBy(() -> SceneFiles.parse(json, FILE, dir, TestAssets.standIns()))
                .isInstanceOf(SceneFormatException.class)
                .hasMessage(FILE + ":2: malformed JSON: more text after the end of the scene");
    }

    @Test
    void anUnfinishedDocumentIsMalformed() {
        assertThatThrownBy(() -> SceneFiles.parse(q("{'format': 'brigade-scene',\n'version': "), FILE, dir, TestAssets.standIns()))
                .isInstanceOf(SceneFormatException.class)
                .hasMessageStartingWith(FILE + ":2: malformed JSON: Unexpected end-of-input");
    }

    @Test
    void notANumberIsMalformedWithoutAdviceForProgrammers() {
        assertThatThrownBy(() -> SceneFiles.parse(scene("'ambient': [NaN, 0, 0]"), FILE, dir, TestAssets.standIns()))
                .hasMessage(FILE + ":1: malformed JSON: Non-standard token 'NaN'");
    }

    @Test
    void aLeadingByteOrderMarkIsAccepted() throws Exception {
        assertThat(SceneFiles.parse("\uFEFF" + scene(""), FILE, dir, TestAssets.standIns()))
                .isEqualTo(Scene.empty(RenderSettings.DEFAULT));
    }

    @Test
    void anEmptyFileSaysSo() {
        assertThatThrownBy(() -> SceneFiles.parse("  \n", FILE, dir, TestAssets.standIns()))
                .hasMessage(FILE + ": the file is empty");
    }

    @Test
    void aMissingFileSaysSo() {
        assertThatThrownBy(() -> SceneFiles.load(dir.resolve("nope.scene.json"), TestAssets.standIns()))
                .isInstanceOf(SceneFormatException.class)
                .hasMessage("nope.scene.json: cannot read the file (no such file)");
    }

    @Test
    void loadReportsTheFileName() throws Exception {
        Path file = Files.writeString(dir.resolve("typo.scene.json"), objects("{'name': 'a', 'mesh': {'primitive': 'cub'}}"));
        assertThatThrownBy(() -> SceneFiles.load(file, TestAssets.standIns()))
                .hasMessageStartingWith("typo.scene.json: objects[0].mesh.primitive: unknown value \"cub\"");
    }

    @Test
    void theSmallestSceneUsesDefaults() throws Exception {
        assertThat(SceneFiles.parse(scene(""), FILE, dir, TestAssets.standIns()))
                .isEqualTo(Scene.empty(RenderSettings.DEFAULT));
    }
}
