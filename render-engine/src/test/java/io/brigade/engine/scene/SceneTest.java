package io.brigade.engine.scene;

import io.brigade.engine.animation.Interpolators;
import io.brigade.engine.animation.Keyframe;
import io.brigade.engine.animation.Track;
import io.brigade.engine.camera.Camera;
import io.brigade.engine.geometry.Mesh;
import io.brigade.engine.geometry.MeshPart;
import io.brigade.engine.geometry.Model;
import io.brigade.engine.math.Color;
import io.brigade.engine.math.Mat4;
import io.brigade.engine.math.Quat;
import io.brigade.engine.math.Vec3;
import io.brigade.engine.shading.DirectionalLight;
import io.brigade.engine.shading.Light;
import io.brigade.engine.shading.Material;
import io.brigade.engine.shading.PointLight;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class SceneTest {

    private static final double EPSILON = 1e-9;
    private static final RenderSettings SETTINGS = RenderSettings.DEFAULT; // 24 fps
    private static final Model QUAD = Model.of(new MeshPart("quad", TestAssets.quad(1), Material.DEFAULT));
    private static final MeshSource CUBE = new MeshSource.Primitive("cube", Map.of());

    private static SceneObject object(String name, String parent, Track<Transform> transform) {
        return new SceneObject(name, CUBE, QUAD, null, transform, parent);
    }

    private static Track<Transform> fixed(Vec3 translation) {
        return Track.constant(Transform.translation(translation), Transform.INTERPOLATOR);
    }

    /** Moves from the origin to (24, 0, 0) over one second: x = frame at 24 fps. */
    private static Track<Transform> slide() {
        return Track.of(Transform.INTERPOLATOR,
                Keyframe.of(0.0, Transform.IDENTITY),
                Keyframe.of(1.0, Transform.translation(new Vec3(24, 0, 0))));
    }

    private static Scene sceneOf(SceneObject... objects) {
        return Scene.empty(SETTINGS).withObjects(List.of(objects));
    }

    private static Vec3 origin(FramePose pose, int item) {
        return pose.items().get(item).world().transformPoint(Vec3.ZERO);
    }

    @Test
    void childFollowsItsAnimatedParent() {
        Scene scene = sceneOf(
                object("parent", null, slide()),
                object("child", "parent", fixed(new Vec3(0, 1, 0))),
                object("grandchild", "child", fixed(new Vec3(0, 0, 2))));

        FramePose pose = scene.poseAt(12);

        assertThat(origin(pose, 0).x()).isCloseTo(12, within(EPSILON));
        assertThat(origin(pose, 1)).satisfies(p -> {
            assertThat(p.x()).isCloseTo(12, within(EPSILON));
            assertThat(p.y()).isCloseTo(1, within(EPSILON));
        });
        assertThat(origin(pose, 2).z()).isCloseTo(2, within(EPSILON));
        assertThat(origin(pose, 2).x()).isCloseTo(12, within(EPSILON));
    }

    @Test
    void worldIsParentWorldTimesLocalEvenWhenTheChildIsListedFirst() {
        Transform parentTransform = new Transform(new Vec3(1, 0, 0), Quat.fromAxisAngle(Vec3.UNIT_Y, 90), new Vec3(2, 2, 2));
        Transform childTransform = Transform.translation(new Vec3(0, 0, 1));
        Scene scene = sceneOf(
                object("child", "parent", Track.constant(childTransform, Transform.INTERPOLATOR)),
                object("parent", null, Track.constant(parentTransform, Transform.INTERPOLATOR)));

        FramePose pose = scene.poseAt(0);

        assertThat(pose.items().get(0).world()).isEqualTo(parentTransform.toMatrix().multiply(childTransform.toMatrix()));
        assertThat(pose.items()).extracting(DrawItem::name).containsExactly("child", "parent");
        assertThat(pose.items()).extracting(DrawItem::objectIndex).containsExactly(0, 1);
    }

    @Test
    void rotatingParentCarriesTheChildAround() {
        Track<Transform> spin = Track.of(Transform.INTERPOLATOR,
                Keyframe.of(0.0, Transform.IDENTITY),
                Keyframe.of(1.0, Transform.IDENTITY.withRotation(Quat.fromAxisAngle(Vec3.UNIT_Y, 90))));
        Scene scene = sceneOf(object("hub", null, spin), object("moon", "hub", fixed(new Vec3(3, 0, 0))));

        Vec3 moon = origin(scene.poseAt(24), 1);

        assertThat(moon.x()).isCloseTo(0, within(EPSILON));
        assertThat(moon.z()).isCloseTo(-3, within(EPSILON));
    }

    @Test
    void poseIsAPureFunctionOfTheFrame() {
        Scene scene = animatedScene();
        FramePose first = scene.poseAt(7);
        scene.poseAt(30);
        assertThat(scene.poseAt(7)).isEqualTo(first);
        assertThat(first.frame()).isEqualTo(7);
    }

    @Test
    void poseEvaluatesCameraAndLightsAtFrameOverFps() {
        Scene scene = animatedScene();
        FramePose pose = scene.poseAt(12); // 0.5 s

        assertThat(pose.camera().position()).isEqualTo(new Vec3(0, 0, 7.5));
        assertThat(pose.lights()).hasSize(2);
        assertThat(((PointLight) pose.lights().get(1)).position()).isEqualTo(new Vec3(1, 0, 0));
        assertThat(pose.ambient()).isEqualTo(Scene.DEFAULT_AMBIENT);
        assertThat(scene.secondsAt(12)).isEqualTo(0.5);
    }

    private static Scene animatedScene() {
        Track<Camera> camera = Track.of(Interpolators.CAMERA,
                Keyframe.of(0.0, Camera.DEFAULT.withPosition(new Vec3(0, 0, 10))),
                Keyframe.of(1.0, Camera.DEFAULT.withPosition(new Vec3(0, 0, 5))));
        Track<Light> moving = Track.of(Interpolators.LIGHT,
                Keyframe.of(0.0, new PointLight(Vec3.ZERO, Color.WHITE, 1, 5)),
                Keyframe.of(1.0, new PointLight(new Vec3(2, 0, 0), Color.WHITE, 1, 5)));
        return sceneOf(object("a", null, slide()), object("b", "a", fixed(Vec3.UNIT_X)))
                .withCamera(camera)
                .withLights(List.of(
                        SceneLight.fixed("sun", new DirectionalLight(new Vec3(0, -1, 0), Color.WHITE, 1)),
                        new SceneLight("lamp", moving)));
    }

    @Test
    void rejectsAnUnknownParent() {
        assertThatThrownBy(() -> sceneOf(object("a", null, fixed(Vec3.ZERO)), object("b", "ghost", fixed(Vec3.ZERO))))
                .isInstanceOf(InvalidSceneException.class)
                .hasMessage("objects[1].parent: there is no object named \"ghost\"")
                .extracting(e -> ((InvalidSceneException) e).fieldPath()).isEqualTo("objects[1].parent");
    }

    @Test
    void rejectsAParentCycle() {
        assertThatThrownBy(() -> sceneOf(
                object("root", null, fixed(Vec3.ZERO)),
                object("a", "c", fixed(Vec3.ZERO)),
                object("b", "a", fixed(Vec3.ZERO)),
                object("c", "b", fixed(Vec3.ZERO))))
                .isInstanceOf(InvalidSceneException.class)
                .hasMessage("objects[1].parent: parent cycle a -> c -> b -> a");
    }

    @Test
    void reportsACycleAtTheObjectWhereItCloses() {
        assertThatThrownBy(() -> sceneOf(
                object("leaf", "a", fixed(Vec3.ZERO)),
                object("a", "b", fixed(Vec3.ZERO)),
                object("b", "a", fixed(Vec3.ZERO))))
                .hasMessage("objects[1].parent: parent cycle a -> b -> a");
    }

    @Test
    void rejectsAnObjectThatIsItsOwnParent() {
        assertThatThrownBy(() -> sceneOf(object("narcissus", "narcissus", fixed(Vec3.ZERO))))
                .hasMessage("objects[0].parent: parent cycle narcissus -> narcissus");
    }

    @Test
    void rejectsDuplicateNames() {
        assertThatThrownBy(() -> sceneOf(object("a", null, fixed(Vec3.ZERO)), object("b", null, fixed(Vec3.ZERO)),
                object("a", null, fixed(Vec3.ZERO))))
                .hasMessage("objects[2].name: duplicate object name \"a\" (also objects[0])");
        SceneLight sun = SceneLight.fixed("sun", new DirectionalLight(Vec3.UNIT_Y, Color.WHITE, 1));
        assertThatThrownBy(() -> Scene.empty(SETTINGS).withLights(List.of(sun, sun)))
                .hasMessage("lights[1].name: duplicate light name \"sun\" (also lights[0])");
    }

    @Test
    void removingAParentIsRefusedWhileChildrenNeedIt() {
        Scene scene = sceneOf(object("a", null, fixed(Vec3.ZERO)), object("b", "a", fixed(Vec3.ZERO)));
        assertThatThrownBy(() -> scene.withObjectRemoved(0)).hasMessage("objects[0].parent: there is no object named \"a\"");
        assertThat(scene.withObjectRemoved(1).objects()).extracting(SceneObject::name).containsExactly("a");
    }

    @Test
    void materialOverrideReplacesEveryPartsMaterial() {
        Material red = Material.diffuse("red", new Color(1, 0, 0));
        Model twoParts = Model.of(new MeshPart("x", TestAssets.quad(1), Material.DEFAULT),
                new MeshPart("y", TestAssets.triangle(1), Material.DEFAULT));
        SceneObject object = new SceneObject("o", CUBE, twoParts, red, fixed(Vec3.ZERO), null);

        Model drawn = sceneOf(object).poseAt(0).items().get(0).model();

        assertThat(drawn.parts()).extracting(MeshPart::material).containsOnly(red);
        assertThat(drawn.parts()).extracting(MeshPart::mesh).containsExactly(twoParts.parts().get(0).mesh(), twoParts.parts().get(1).mesh());
        assertThat(sceneOf(object.withMaterialOverride(null)).poseAt(0).items().get(0).model()).isEqualTo(twoParts);
    }

    @Test
    void withMethodsReturnNewScenesAndLeaveTheOriginal() {
        Scene scene = sceneOf(object("a", null, fixed(Vec3.ZERO)));
        Scene moved = scene.withObject(0, scene.objects().get(0).withTransform(fixed(Vec3.UNIT_Y)));
        Scene bigger = scene.withSettings(SETTINGS.withSize(100, 50));
        Scene added = scene.withObjectAdded(object("b", "a", fixed(Vec3.ZERO)));

        assertThat(origin(moved.poseAt(0), 0)).isEqualTo(Vec3.UNIT_Y);
        assertThat(origin(scene.poseAt(0), 0)).isEqualTo(Vec3.ZERO);
        assertThat(bigger.settings().width()).isEqualTo(100);
        assertThat(added.objects()).hasSize(2);
        assertThat(added.indexOfObject("b")).isEqualTo(1);
        assertThat(scene.indexOfObject("b")).isEqualTo(-1);
        assertThat(scene.withAmbient(Color.WHITE).ambient()).isEqualTo(Color.WHITE);
    }

    @Test
    void equalPartsMakeEqualScenes() {
        assertThat(animatedScene()).isEqualTo(animatedScene()).hasSameHashCodeAs(animatedScene());
        assertThat(animatedScene()).isNotEqualTo(animatedScene().withAmbient(Color.BLACK));
    }

    @Test
    void objectListsCannotBeChangedFromOutside() {
        List<SceneObject> list = new ArrayList<>(List.of(object("a", null, fixed(Vec3.ZERO))));
        Scene scene = Scene.empty(SETTINGS).withObjects(list);
        list.clear();
        assertThat(scene.objects()).hasSize(1);
        assertThatThrownBy(() -> scene.objects().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void unanimatedObjectsShareTheirWorldMatrixAcrossFrames() {
        Scene scene = sceneOf(object("a", null, fixed(Vec3.UNIT_X)));
        Mat4 first = scene.poseAt(0).items().get(0).world();
        assertThat(scene.poseAt(100).items().get(0).world()).isSameAs(first);
    }

    @Test
    void refusesMoreTrianglesThanASceneMayHoldNamingTheObjectThatCrossesTheLimit() {
        int perObject = 1_000_000; // one shared model of degenerate triangles keeps this test small
        Model million = Model.of(new MeshPart("many", Mesh.of(
                new float[]{0, 0, 0, 1, 0, 0, 0, 1, 0}, null, null, triangleFan(perObject)), Material.DEFAULT));
        int fitting = (int) (Scene.MAX_TRIANGLES / perObject);
        List<SceneObject> objects = new ArrayList<>();
        for (int i = 0; i < fitting; i++) {
            objects.add(new SceneObject("o" + i, CUBE, million, null, fixed(Vec3.ZERO), null));
        }
        assertThat(Scene.empty(SETTINGS).withObjects(objects).objects()).hasSize(fitting);

        objects.add(new SceneObject("one too many", CUBE, million, null, fixed(Vec3.ZERO), null));
        assertThatThrownBy(() -> Scene.empty(SETTINGS).withObjects(objects))
                .isInstanceOf(InvalidSceneException.class)
                .hasMessageStartingWith("objects[" + fitting + "]: ")
                .hasMessageContaining("11,000,000 triangles").hasMessageContaining("10,000,000");
    }

    private static int[] triangleFan(int triangles) {
        int[] indices = new int[triangles * 3];
        for (int t = 0; t < triangles; t++) {
            indices[t * 3 + 1] = 1;
            indices[t * 3 + 2] = 2;
        }
        return indices;
    }
}
