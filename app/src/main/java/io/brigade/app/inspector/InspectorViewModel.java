package io.brigade.app.inspector;

import io.brigade.app.chrome.Problem;
import io.brigade.app.edit.DocumentViewModel;
import io.brigade.app.edit.InvalidEditException;
import io.brigade.app.edit.ObjectEdits;
import io.brigade.engine.math.Color;
import io.brigade.engine.math.Quat;
import io.brigade.engine.math.Vec3;
import io.brigade.engine.scene.Scene;
import io.brigade.engine.scene.SceneLimits;
import io.brigade.engine.scene.SceneObject;
import io.brigade.engine.scene.Transform;
import io.brigade.engine.shading.Material;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The selected object's properties at the current frame: name, placement (translation, rotation as Euler
 * degrees, scale) and material (diffuse colour, specular colour, shininess). Each change is one undoable edit; on an
 * animated object a placement change sets the key at the current frame's time. Use it on the FX thread.
 */
public final class InspectorViewModel implements EditHistory {

    private final DocumentViewModel document;
    private final ReadOnlyIntegerProperty frame;
    private final ReadOnlyIntegerProperty selectedObject;
    private final Consumer<? super Problem> problems;

    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(this, "available");
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name", "");
    private final ReadOnlyObjectWrapper<Vec3> translation = new ReadOnlyObjectWrapper<>(this, "translation", Vec3.ZERO);
    private final ReadOnlyObjectWrapper<Vec3> rotation = new ReadOnlyObjectWrapper<>(this, "rotation", Vec3.ZERO);
    private final ReadOnlyObjectWrapper<Vec3> scale = new ReadOnlyObjectWrapper<>(this, "scale", Vec3.ONE);
    private final ReadOnlyObjectWrapper<Color> diffuse = new ReadOnlyObjectWrapper<>(this, "diffuse", Color.WHITE);
    private final ReadOnlyObjectWrapper<Color> specular = new ReadOnlyObjectWrapper<>(this, "specular", Color.BLACK);
    private final ReadOnlyDoubleWrapper shininess = new ReadOnlyDoubleWrapper(this, "shininess");
    private final ReadOnlyStringWrapper animationText = new ReadOnlyStringWrapper(this, "animationText", "");

    // Many angle triples give one rotation; the one typed last is shown again while it is still the one in use.
    private Vec3 typedAngles;
    private Quat typedRotation;

    /**
     * @param frame          the timeline's current frame
     * @param selectedObject the index of the object to inspect, negative for none
     * @param problems       hears about edits the scene refuses, such as a name already taken
     */
    public InspectorViewModel(DocumentViewModel document, ReadOnlyIntegerProperty frame,
                              ReadOnlyIntegerProperty selectedObject, Consumer<? super Problem> problems) {
        this.document = Objects.requireNonNull(document, "document");
        this.frame = Objects.requireNonNull(frame, "frame");
        this.selectedObject = Objects.requireNonNull(selectedObject, "selectedObject");
        this.problems = Objects.requireNonNull(problems, "problems");
        document.sceneProperty().addListener(observable -> refresh());
        frame.addListener(observable -> refresh());
        selectedObject.addListener(observable -> refresh());
        refresh();
    }

    /** True while an object is selected; the other properties describe it. */
    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Vec3> translationProperty() {
        return translation.getReadOnlyProperty();
    }

    /** Euler angles in degrees, X then Y then Z, as scene files write them. */
    public ReadOnlyObjectProperty<Vec3> rotationProperty() {
        return rotation.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Vec3> scaleProperty() {
        return scale.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Color> diffuseProperty() {
        return diffuse.getReadOnlyProperty();
    }

    /** The colour of the material's highlights. */
    public ReadOnlyObjectProperty<Color> specularProperty() {
        return specular.getReadOnlyProperty();
    }

    /** The Blinn-Phong exponent of the material: higher gives smaller, sharper highlights. */
    public ReadOnlyDoubleProperty shininessProperty() {
        return shininess.getReadOnlyProperty();
    }

    /**
     * Whether placement edits set a key ("Animated: placement edits set a key at frame 30", as name and material
     * are not animated) or change the object at every frame.
     */
    public ReadOnlyStringProperty animationTextProperty() {
        return animationText.getReadOnlyProperty();
    }

    @Override
    public void undo() {
        document.undo();
    }

    @Override
    public void redo() {
        document.redo();
    }

    /** Renames the object; a blank or taken name is refused and reported. */
    public void rename(String newName) {
        Scene scene = document.sceneProperty().get();
        if (!available.get() || newName.strip().equals(name.get())) {
            return;
        }
        try {
            document.apply("Rename " + name.get(), ObjectEdits.renamed(scene, index(), newName));
        } catch (InvalidEditException e) {
            problems.accept(new Problem("Could not rename " + name.get(), e.getMessage()));
            refresh(); // the field shows the name the object still has
        }
    }

    public void setTranslation(Axis axis, double value) {
        Vec3 changed = axis.with(translation.get(), value);
        if (accepts("move", "Position " + axis, value, !changed.equals(translation.get()))) {
            place("Move", transformNow().withTranslation(changed));
        }
    }

    public void setRotation(Axis axis, double degrees) {
        Vec3 changed = axis.with(rotation.get(), degrees);
        if (accepts("rotate", "Rotation " + axis, degrees, !changed.equals(rotation.get()))) {
            Quat turned = Quat.fromEulerDegrees(changed.x(), changed.y(), changed.z());
            typedAngles = changed;
            typedRotation = turned;
            place("Rotate", transformNow().withRotation(turned));
        }
    }

    public void setScale(Axis axis, double value) {
        Vec3 changed = axis.with(scale.get(), value);
        if (accepts("scale", "Scale " + axis, SceneLimits.scaleProblem(value), !changed.equals(scale.get()))) {
            place("Scale", transformNow().withScale(changed));
        }
    }

    public void setDiffuse(Color color) {
        if (available.get() && !color.equals(diffuse.get())) {
            document.apply("Recolour " + name.get(),
                    ObjectEdits.withDiffuse(document.sceneProperty().get(), index(), color));
        }
    }

    public void setSpecular(Color color) {
        if (available.get() && !color.equals(specular.get())) {
            Material material = ObjectEdits.materialOf(object());
            document.apply("Change the highlights of " + name.get(), ObjectEdits.withMaterial(document.sceneProperty()
                    .get(), index(), new Material(material.name(), material.diffuse(), color, material.shininess(),
                    material.diffuseTexture(), material.doubleSided())));
        }
    }

    /** Sets the material's shininess; a negative or endless one is refused and reported. */
    public void setShininess(double value) {
        if (!available.get() || value == shininess.get()) {
            return;
        }
        if (!(value >= 0) || Double.isInfinite(value)) {
            problems.accept(new Problem("Could not change the shininess of " + name.get(),
                    "Shininess must be a finite number of 0 or more, got " + value));
            refresh();
            return;
        }
        Material material = ObjectEdits.materialOf(object());
        document.apply("Change the shininess of " + name.get(), ObjectEdits.withMaterial(document.sceneProperty().get(),
                index(), new Material(material.name(), material.diffuse(), material.specular(), value,
                        material.diffuseTexture(), material.doubleSided())));
    }

    /**
     * True for a change to make; a number a scene file could not hold (not finite, or too large to render)
     * is refused and reported, naming its field.
     */
    private boolean accepts(String verb, String field, double value, boolean changed) {
        return accepts(verb, field, SceneLimits.coordinateProblem(value), changed);
    }

    private boolean accepts(String verb, String field, String problem, boolean changed) {
        if (!available.get() || !changed) {
            return false;
        }
        if (problem != null) {
            problems.accept(new Problem("Could not " + verb + " " + name.get(), field + " " + problem));
            refresh();
            return false;
        }
        return true;
    }

    private void place(String verb, Transform transform) {
        Scene scene = document.sceneProperty().get();
        document.apply(verb + " " + name.get(), ObjectEdits.withTransformAt(scene, index(), seconds(scene), transform));
    }

    /**
     * Of the two angle triples {@link Quat#toEulerDegrees()} can answer with, the one that turns least about X
     * and Z: a turn of 135 degrees about Y reads (0, 135, 0), not (180, 45, 180).
     */
    static Vec3 readableAngles(Quat rotation) {
        Vec3 first = rotation.toEulerDegrees();
        Vec3 second = new Vec3(wrap(first.x() + 180), 180 - first.y(), wrap(first.z() + 180));
        double firstTurn = Math.abs(first.x()) + Math.abs(first.z());
        double secondTurn = Math.abs(second.x()) + Math.abs(second.z());
        return secondTurn < firstTurn ? second : first;
    }

    /** The same angle within -180 (exclusive) and 180 degrees. */
    private static double wrap(double degrees) {
        double wrapped = degrees - 360 * Math.floor((degrees + 180) / 360);
        return wrapped == -180 ? 180 : wrapped + 0.0;
    }

    private Transform transformNow() {
        Scene scene = document.sceneProperty().get();
        return available.get() ? ObjectEdits.transformAt(scene, index(), seconds(scene)) : Transform.IDENTITY;
    }

    private double seconds(Scene scene) {
        return Math.max(0, scene.secondsAt(frame.get()));
    }

    private SceneObject object() {
        return document.sceneProperty().get().objects().get(index());
    }

    private int index() {
        return selectedObject.get();
    }

    private void refresh() {
        Scene scene = document.sceneProperty().get();
        int index = index();
        boolean showing = scene != null && index >= 0 && index < scene.objects().size();
        available.set(showing);
        if (!showing) {
            name.set("");
            animationText.set("");
            return;
        }
        SceneObject object = scene.objects().get(index);
        Transform now = ObjectEdits.transformAt(scene, index, seconds(scene));
        name.set(object.name());
        translation.set(now.translation());
        rotation.set(now.rotation().equals(typedRotation) ? typedAngles : readableAngles(now.rotation()));
        scale.set(now.scale());
        diffuse.set(ObjectEdits.diffuseOf(object));
        Material material = ObjectEdits.materialOf(object);
        specular.set(material.specular());
        shininess.set(material.shininess());
        animationText.set(ObjectEdits.isAnimated(scene, index)
                ? "Animated: placement edits set a key at frame " + frame.get()
                        + "; name and material apply to all frames"
                : "Not animated: edits change it at every frame");
    }
}
