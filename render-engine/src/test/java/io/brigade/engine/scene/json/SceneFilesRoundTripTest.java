package io.brigade.engine.scene.json;

import io.brigade.engine.animation.Interpolation;
import io.brigade.engine.animation.Interpolators;
import io.brigade.engine.animation.Keyframe;
import io.brigade.engine.animation.Track;
import io.brigade.engine.camera.Camera;
import io.brigade.engine.math.Color;
import io.brigade.engine.math.Quat;
import io.brigade.engine.math.Vec3;
import io.brigade.engine.scene.AssetException;
import io.brigade.engine.scene.Background;
import io.brigade.engine.scene.MeshSource;
import io.brigade.engine.scene.RenderSettings;
import io.brigade.engine.scene.Scene;
import io.brigade.engine.scene.SceneLight;
import io.brigade.engine.scene.SceneObject;
import io.brigade.engine.scene.TestAssets;
import io.brigade.engine.scene.Transform;
import io.brigade.engine.shading.DirectionalLight;
import io.brigade.engine.shading.Light;
import io.brigade.engine.shading.Material;
import io.brigade.engine.shading.PointLight;
import io.brigade.engine.shading.ShadingMode;
import io.brigade.engine.shading.WrapMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SceneFilesRoundTripTest {

    private static final double ROTATION_EPSILON = 1e-12;

    @TempDir
    Path dir;

    private final TestAssets assets = TestAssets.standIns();

    @Test
    void loadSaveLoadGivesAnEqualScene() throws Exception {
        Path file = dir.resolve("rich.scene.json");
        SceneFiles.save(richScene(), file);
        Scene first = SceneFiles.load(file, assets);

        Path again = dir.resolve("again.scene.json");
        SceneFiles.save(first, again);
        Scene second = SceneFiles.load(again, assets);

        assertThat(second).isEqualTo(first);
        assertThat(Files.readString(again)).isEqualTo(Files.readString(file));
    }

    @Test
    void aSceneBuiltFromFileValuesSurvivesSavingExactly() throws Exception {
        Scene scene = richScene();
        Path file = dir.resolve("rich.scene.json");
        SceneFiles.save(scene, file);
        assertThat(SceneFiles.load(file, assets)).isEqualTo(scene);
    }

    @Test
    void aTurntableIsSavedAsWritten() throws Exception {
        String json = """
                {"format": "brigade-scene", "version": 1, "objects": [{"name": "pot", "mesh": {"primitive": "teapot"},
                  "transform": {"keyframes": [{"time": 0, "rotation": [0, 0, 0]}, {"time": 1, "rotation": [0, 90, 0]},
                    {"time": 2, "rotation": [0, 180, 0]}, {"time": 3, "rotation": [0, 270, 0]}, {"time": 4, "rotation": [0, 360, 0]}]}}]}
                """;
        Scene scene = SceneFiles.parse(json, "t.scene.json", dir, assets);

        String saved = SceneFiles.toJson(scene);

        assertThat(saved).contains("{\"time\": 0, \"rotation\": [0, 0, 0]}", "{\"time\": 1, \"rotation\": [0, 90, 0]}", "{\"time\": 2, \"rotation\": [0, 180, 0]}",
                "{\"time\": 3, \"rotation\": [0, 270, 0]}", "{\"time\": 4, \"rotation\": [0, 360, 0]}");
        assertThat(SceneFiles.parse(saved, "t.scene.json", dir, assets)).isEqualTo(scene);
    }

    @Test
    void rotationsWithoutShortEulerFormsStillSaveTheSameRotation() throws Exception {
        Quat odd = Quat.fromAxisAngle(new Vec3(0.3, -0.7, 0.2), 123.456789);
        Quat gimbal = Quat.fromEulerDegrees(30, 90, 45);
        Scene scene = Scene.empty(RenderSettings.DEFAULT).withObjects(List.of(
                object("odd", Transform.IDENTITY.withRotation(odd)),
                object("gimbal", Transform.IDENTITY.withRotation(gimbal))));

        Scene loaded = SceneFiles.parse(SceneFiles.toJson(scene), "r.scene.json", dir, assets);

        assertSameRotation(rotationOf(loaded, 0), odd);
        assertSameRotation(rotationOf(loaded, 1), gimbal);
    }

    private static Quat rotationOf(Scene scene, int object) {
        return scene.objects().get(object).transform().valueAt(0).rotation();
    }

    private static void assertSameRotation(Quat actual, Quat expected) {
        assertThat(Math.abs(actual.dot(expected.normalize()))).isCloseTo(1, within(ROTATION_EPSILON));
    }

    private SceneObject object(String name, Transform transform) throws AssetException {
        MeshSource cube = new MeshSource.Primitive("cube", Map.of("size", 2.0));
        return SceneObject.of(name, cube, assets.model(cube, dir), transform);
    }

    /**
     * Every feature of the format, with values a file could hold exactly (8-bit colours where hex is
     * used, Euler angles with few decimals), plus colours that need [r, g, b].
     */
    private Scene richScene() throws AssetException {
        RenderSettings settings = new RenderSettings(1280, 720, 30, 5, 95, 2, ShadingMode.GOURAUD,
                new Background(Color.fromHex("#203040"), new Color(0.01, 0.02, 0.03)), true);
        Track<Camera> camera = Track.of(Interpolators.CAMERA,
                new Keyframe<>(0, new Camera(new Vec3(0, 2, 8), Vec3.ZERO, Vec3.UNIT_Y, 40, 0.1, 50), Interpolation.SMOOTH),
                new Keyframe<>(1.5, new Camera(new Vec3(6, 3, 2), new Vec3(0, 0.5, 0), Vec3.UNIT_Y, 35, 0.1, 50), Interpolation.SMOOTH),
                new Keyframe<>(3, new Camera(new Vec3(-1e-7, 2, -8), Vec3.ZERO, Vec3.UNIT_Y, 40, 0.1, 50), Interpolation.LINEAR));
        Track<Light> blinking = Track.of(Interpolators.LIGHT,
                new Keyframe<>(0, new PointLight(new Vec3(1, 2, 3), Color.fromHex("#ff2010"), 2, 4), Interpolation.STEP),
                new Keyframe<>(0.5, new PointLight(new Vec3(1, 2, 3), Color.fromHex("#1020ff"), 2, 4), Interpolation.STEP),
                new Keyframe<>(1, new DirectionalLight(new Vec3(0.5, -1, 0.25), Color.WHITE, 0.5), Interpolation.LINEAR));
        List<SceneLight> lights = List.of(
                SceneLight.fixed("key", new DirectionalLight(new Vec3(-1, -1, -1), Color.fromHex("#fff0d8"), 1.2)),
                SceneLight.fixed("fill", new DirectionalLight(new Vec3(1, -0.3, 2), new Color(0.2, 0.3, 0.9), 0.4)),
                new SceneLight("blinker", blinking));

        MeshSource sphere = new MeshSource.Primitive("sphere", Map.of("radius", 0.5, "segments", 24.0, "rings", 12.0));
        MeshSource head = new MeshSource.ObjFile("models/head.obj");
        Material checker = new Material("checker", Color.WHITE, Color.fromHex("#333333"), 16,
                assets.texture("textures/checker.png", WrapMode.CLAMP, dir));
        Track<Transform> orbit = Track.of(Transform.INTERPOLATOR,
                Keyframe.of(0, Transform.of(new Vec3(2, 0, 0), new Vec3(0, 0, 0), Vec3.ONE)),
                new Keyframe<>(2, Transform.of(new Vec3(2, 1, 0), new Vec3(0, 120, 0), Vec3.ONE), Interpolation.SMOOTH),
                Keyframe.of(4, Transform.of(new Vec3(2, 0, 0), new Vec3(0, 240, 0), Vec3.ONE)));
        List<SceneObject> objects = List.of(
                SceneObject.of("floor", new MeshSource.Primitive("plane", Map.of("width", 10.0, "depth", 10.0)),
                        assets.model(new MeshSource.Primitive("plane", Map.of("width", 10.0, "depth", 10.0)), dir),
                        Transform.IDENTITY).withMaterialOverride(checker),
                new SceneObject("hub", sphere, assets.model(sphere, dir), Material.diffuse("hub", Color.fromHex("#c04020")),
                        orbit, null),
                new SceneObject("moon", head, assets.model(head, dir), null,
                        Track.constant(Transform.of(new Vec3(0, 0.75, -0.5), new Vec3(-12.5, 33.25, 7), new Vec3(0.5, 0.25, 2)),
                                Transform.INTERPOLATOR), "hub"),
                new SceneObject("shrinker", sphere, assets.model(sphere, dir), null, Track.of(Transform.INTERPOLATOR,
                        new Keyframe<>(0, Transform.IDENTITY, Interpolation.STEP),
                        new Keyframe<>(1, Transform.IDENTITY.withScale(new Vec3(0.5, 0.5, 0.5)), Interpolation.STEP)), "moon"));
        return new Scene(settings, camera, lights, new Color(0.05, 0.05, 0.07), objects);
    }

    @Test
    void savedTextIsPleasantToRead() throws Exception {
        String json = SceneFiles.toJson(richScene());
        assertThat(json).startsWith("{\n  \"format\": \"brigade-scene\",\n  \"version\": 1,\n")
                .contains("\"frames\": {\"start\": 5, \"end\": 95}")
                .contains("\"direction\": [-1, -1, -1]")
                .contains("\"mesh\": {\"primitive\": \"sphere\", \"radius\": 0.5, \"segments\": 24, \"rings\": 12}")
                .endsWith("}\n");
    }
}
