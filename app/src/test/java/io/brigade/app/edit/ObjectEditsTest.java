package io.brigade.app.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.brigade.app.testing.SampleScenes;
import io.brigade.engine.animation.Interpolation;
import io.brigade.engine.animation.Keyframe;
import io.brigade.engine.geometry.primitive.PrimitiveKind;
import io.brigade.engine.math.Color;
import io.brigade.engine.math.Vec3;
import io.brigade.engine.scene.MeshSource;
import io.brigade.engine.scene.Scene;
import io.brigade.engine.scene.SceneObject;
import io.brigade.engine.scene.Transform;
import io.brigade.engine.scene.json.SceneFiles;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ObjectEditsTest {

    private static final Transform MOVED = Transform.of(new Vec3(1, 2, 3), new Vec3(0, 45, 0), new Vec3(2, 2, 2));

    private final Scene scene = SampleScenes.teapotTurntable();
    private final int floor = scene.indexOfObject("floor");
    private final int teapot = scene.indexOfObject("teapot");

    @Test
    void aStillObjectMovesAsAWhole() {
        Scene moved = ObjectEdits.withTransformAt(scene, floor, 1.5, MOVED);

        assertThat(ObjectEdits.isAnimated(moved, floor)).isFalse();
        assertThat(ObjectEdits.transformAt(moved, floor, 0)).isEqualTo(MOVED);
        assertThat(ObjectEdits.transformAt(moved, floor, 3)).isEqualTo(MOVED);
    }

    @Test
    void anAnimatedObjectGetsAKeyAtTheTimeAndKeepsTheOthers() {
        int keysBefore = scene.objects().get(teapot).transform().keys().size();

        Scene moved = ObjectEdits.withTransformAt(scene, teapot, 1.5, MOVED);

        List<Keyframe<Transform>> keys = moved.objects().get(teapot).transform().keys();
        assertThat(keys).hasSize(keysBefore + 1);
        assertThat(ObjectEdits.transformAt(moved, teapot, 1.5)).isEqualTo(MOVED);
        assertThat(ObjectEdits.transformAt(moved, teapot, 3)).isEqualTo(ObjectEdits.transformAt(scene, teapot, 3));
    }

    @Test
    void aKeyAlreadyAtTheTimeIsReplacedKeepingItsEasing() {
        SceneObject object = scene.objects().get(teapot);
        Scene smooth = scene.withObject(teapot, object.withTransform(object.transform().withKey(
                object.transform().keys().get(1).withInterpolation(Interpolation.SMOOTH))));
        double keyTime = smooth.objects().get(teapot).transform().keys().get(1).time();

        Scene moved = ObjectEdits.withTransformAt(smooth, teapot, keyTime, MOVED);

        List<Keyframe<Transform>> keys = moved.objects().get(teapot).transform().keys();
        assertThat(keys).hasSameSizeAs(object.transform().keys());
        assertThat(keys.get(1).value()).isEqualTo(MOVED);
        assertThat(keys.get(1).interpolation()).isEqualTo(Interpolation.SMOOTH);
    }

    @Test
    void recolouringSetsTheDrawnDiffuseAndKeepsTheRestOfTheMaterial() {
        Color green = new Color(0.1, 0.8, 0.2);
        Scene recoloured = ObjectEdits.withDiffuse(scene, teapot, green);

        SceneObject object = recoloured.objects().get(teapot);
        assertThat(ObjectEdits.diffuseOf(object)).isEqualTo(green);
        assertThat(object.materialOverride().shininess())
                .isEqualTo(scene.objects().get(teapot).materialOverride().shininess());
    }

    @Test
    void renamingCarriesTheChildrenAlong() throws InvalidEditException {
        Scene withChild = scene.withObjectAdded(scene.objects().get(floor).withName("lid").withParent("teapot"));

        Scene renamed = ObjectEdits.renamed(withChild, teapot, "  kettle ");

        assertThat(renamed.objects().get(teapot).name()).isEqualTo("kettle");
        assertThat(renamed.objects().get(renamed.indexOfObject("lid")).parent()).isEqualTo("kettle");
    }

    @Test
    void refusesABlankOrTakenName() {
        assertThatThrownBy(() -> ObjectEdits.renamed(scene, teapot, " "))
                .isInstanceOf(InvalidEditException.class).hasMessage("an object needs a name");
        assertThatThrownBy(() -> ObjectEdits.renamed(scene, teapot, "floor"))
                .isInstanceOf(InvalidEditException.class).hasMessage("another object is already called \"floor\"");
    }

    @ParameterizedTest
    @EnumSource(PrimitiveKind.class)
    void addsEachPrimitiveUnderAFreeNameAndItSaves(PrimitiveKind kind) throws Exception {
        Scene empty = Scene.empty(scene.settings());
        Scene twice = ObjectEdits.withPrimitiveAdded(ObjectEdits.withPrimitiveAdded(empty, kind), kind);

        SceneObject first = twice.objects().get(0);
        SceneObject second = twice.objects().get(1);
        assertThat(first.name()).isEqualTo(kind.id());
        assertThat(second.name()).isEqualTo(kind.id() + " 2");
        assertThat(first.source()).isEqualTo(new MeshSource.Primitive(kind.id(), Map.of()));
        assertThat(first.model().triangleCount()).isPositive();
        assertThat(SceneFiles.toJson(twice)).contains("\"" + kind.id() + " 2\"");
    }

    @Test
    void duplicatesUnderACopyName() {
        Scene copied = ObjectEdits.withDuplicate(ObjectEdits.withDuplicate(scene, teapot), teapot);

        assertThat(copied.objects()).extracting(SceneObject::name).endsWith("teapot copy", "teapot copy 2");
        assertThat(copied.objects().get(copied.indexOfObject("teapot copy")).transform())
                .isEqualTo(scene.objects().get(teapot).transform());
    }

    @Test
    void deletesAnObjectButNotOneOthersHangFrom() throws InvalidEditException {
        assertThat(ObjectEdits.withoutObject(scene, floor).indexOfObject("floor")).isNegative();

        Scene withChild = scene.withObjectAdded(scene.objects().get(floor).withName("lid").withParent("teapot"));
        assertThatThrownBy(() -> ObjectEdits.withoutObject(withChild, teapot))
                .isInstanceOf(InvalidEditException.class)
                .hasMessage("\"teapot\" cannot be deleted while \"lid\" hangs from it");
    }
}
