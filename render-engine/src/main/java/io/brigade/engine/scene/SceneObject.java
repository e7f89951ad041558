package io.brigade.engine.scene;

import io.brigade.engine.animation.Track;
import io.brigade.engine.geometry.MeshPart;
import io.brigade.engine.geometry.Model;
import io.brigade.engine.shading.Material;

import java.util.Objects;

/**
 * One object of a scene: where its geometry comes from ({@code source}, as the file names it), that
 * geometry resolved ({@code model}), an optional material that replaces every part's own
 * ({@code materialOverride}, null to keep the model's), its animated placement relative to its
 * parent, and the name of that parent (null: the object sits in world space).
 */
public record SceneObject(String name, MeshSource source, Model model, Material materialOverride,
                          Track<Transform> transform, String parent) {

    public SceneObject {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(transform, "transform");
        if (name.isBlank()) {
            throw new IllegalArgumentException("an object name must not be blank");
        }
    }

    /** An object with its model's own materials, a fixed transform and no parent. */
    public static SceneObject of(String name, MeshSource source, Model model, Transform transform) {
        return new SceneObject(name, source, model, null, Track.constant(transform, Transform.INTERPOLATOR), null);
    }

    /** The model as it is drawn: with the override material on every part when there is one. */
    public Model drawnModel() {
        if (materialOverride == null) {
            return model;
        }
        return new Model(model.parts().stream()
                .map(p -> new MeshPart(p.name(), p.mesh(), materialOverride))
                .toList(), model.warnings());
    }

    public SceneObject withName(String newName) {
        return new SceneObject(newName, source, model, materialOverride, transform, parent);
    }

    public SceneObject withGeometry(MeshSource newSource, Model newModel) {
        return new SceneObject(name, newSource, newModel, materialOverride, transform, parent);
    }

    public SceneObject withMaterialOverride(Material newMaterial) {
        return new SceneObject(name, source, model, newMaterial, transform, parent);
    }

    public SceneObject withTransform(Track<Transform> newTransform) {
        return new SceneObject(name, source, model, materialOverride, newTransform, parent);
    }

    public SceneObject withParent(String newParent) {
        return new SceneObject(name, source, model, materialOverride, transform, newParent);
    }
}
