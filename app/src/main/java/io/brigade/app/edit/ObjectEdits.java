package io.brigade.app.edit;

import io.brigade.engine.geometry.MeshPart;
import io.brigade.engine.geometry.Model;
import io.brigade.engine.geometry.primitive.PrimitiveException;
import io.brigade.engine.geometry.primitive.PrimitiveFactory;
import io.brigade.engine.geometry.primitive.PrimitiveKind;
import io.brigade.engine.math.Color;
import io.brigade.engine.scene.MeshSource;
import io.brigade.engine.scene.Scene;
import io.brigade.engine.scene.SceneObject;
import io.brigade.engine.scene.Transform;
import io.brigade.engine.shading.Material;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The changes the editor makes to a scene's objects, as pure functions from one immutable scene to the
 * next. Objects are named by their index in {@link Scene#objects()}.
 */
public final class ObjectEdits {

    /** The colour of a newly added primitive: a light neutral grey that shows its shading well. */
    static final Color NEW_OBJECT_COLOR = new Color(0.72, 0.72, 0.75);

    private ObjectEdits() {
    }

    /** The object's placement at {@code seconds}. */
    public static Transform transformAt(Scene scene, int index, double seconds) {
        return scene.objects().get(index).transform().valueAt(seconds);
    }

    /** True when the object's placement has more than one key, so edits set keys. */
    public static boolean isAnimated(Scene scene, int index) {
        return KeyframeEdits.isAnimated(scene, new AnimatedPart.ObjectPart(index));
    }

    /**
     * The scene with the object placed at {@code transform}: an animated object gets a key at
     * {@code seconds} (replacing the value of one already there, keeping its easing); a still one moves as
     * a whole. See {@link KeyframeEdits#withValueAt(Scene, AnimatedPart, double, Object)}.
     */
    public static Scene withTransformAt(Scene scene, int index, double seconds, Transform transform) {
        Objects.requireNonNull(transform, "transform");
        return KeyframeEdits.withValueAt(scene, new AnimatedPart.ObjectPart(index), seconds, transform);
    }

    /** The diffuse colour the object is drawn with: its override's, or else its first part's. */
    public static Color diffuseOf(SceneObject object) {
        return baseMaterial(object).diffuse();
    }

    /** The scene with the object drawn in {@code color}, through its override material. */
    public static Scene withDiffuse(Scene scene, int index, Color color) {
        Objects.requireNonNull(color, "color");
        SceneObject object = scene.objects().get(index);
        return scene.withObject(index, object.withMaterialOverride(baseMaterial(object).withDiffuse(color)));
    }

    /** The material the object is drawn with: its override, or else its first part's. */
    public static Material materialOf(SceneObject object) {
        return baseMaterial(object);
    }

    /** The scene with the object drawn in {@code material}, as its override. */
    public static Scene withMaterial(Scene scene, int index, Material material) {
        Objects.requireNonNull(material, "material");
        return scene.withObject(index, scene.objects().get(index).withMaterialOverride(material));
    }

    /** The scene with the object called {@code newName}; objects hanging from it follow the new name. */
    public static Scene renamed(Scene scene, int index, String newName) throws InvalidEditException {
        String name = newName.strip();
        String oldName = scene.objects().get(index).name();
        if (name.isEmpty()) {
            throw new InvalidEditException("an object needs a name");
        }
        int other = scene.indexOfObject(name);
        if (other >= 0 && other != index) {
            throw new InvalidEditException("another object is already called \"" + name + "\"");
        }
        List<SceneObject> objects = new ArrayList<>(scene.objects());
        for (int i = 0; i < objects.size(); i++) {
            SceneObject object = objects.get(i);
            if (i == index) {
                objects.set(i, object.withName(name));
            } else if (oldName.equals(object.parent())) {
                objects.set(i, object.withParent(name));
            }
        }
        return scene.withObjects(objects);
    }

    /** The scene with a new primitive of {@code kind}, its default size, at the origin, named after its kind. */
    public static Scene withPrimitiveAdded(Scene scene, PrimitiveKind kind) throws InvalidEditException {
        MeshSource.Primitive source = new MeshSource.Primitive(kind.id(), Map.of());
        Model model;
        try {
            model = Model.of(new MeshPart(kind.id(), PrimitiveFactory.create(source), Material.DEFAULT));
        } catch (PrimitiveException e) {
            throw new InvalidEditException("cannot build a " + kind.id() + ": " + e.getMessage(), e);
        }
        String name = unusedName(scene, kind.id());
        SceneObject object = SceneObject.of(name, source, model, Transform.IDENTITY)
                .withMaterialOverride(Material.diffuse(name, NEW_OBJECT_COLOR));
        return scene.withObjectAdded(object);
    }

    /** The scene with a copy of the object added last, called "name copy", hanging from the same parent. */
    public static Scene withDuplicate(Scene scene, int index) {
        SceneObject original = scene.objects().get(index);
        return scene.withObjectAdded(original.withName(unusedName(scene, original.name() + " copy")));
    }

    /** The scene without the object; refused while other objects hang from it. */
    public static Scene withoutObject(Scene scene, int index) throws InvalidEditException {
        String name = scene.objects().get(index).name();
        List<String> children = scene.objects().stream().filter(o -> name.equals(o.parent()))
                .map(SceneObject::name).toList();
        if (!children.isEmpty()) {
            throw new InvalidEditException("\"" + name + "\" cannot be deleted while " + quoted(children)
                    + (children.size() == 1 ? " hangs" : " hang") + " from it");
        }
        return scene.withObjectRemoved(index);
    }

    /** {@code base} when no object has it, else the first free of "base 2", "base 3", ... */
    static String unusedName(Scene scene, String base) {
        if (scene.indexOfObject(base) < 0) {
            return base;
        }
        for (int n = 2; ; n++) {
            String candidate = base + " " + n;
            if (scene.indexOfObject(candidate) < 0) {
                return candidate;
            }
        }
    }

    private static Material baseMaterial(SceneObject object) {
        if (object.materialOverride() != null) {
            return object.materialOverride();
        }
        List<MeshPart> parts = object.model().parts();
        return parts.isEmpty() ? Material.DEFAULT : parts.get(0).material();
    }

    private static String quoted(List<String> names) {
        return String.join(", ", names.stream().map(n -> "\"" + n + "\"").toList());
    }
}
