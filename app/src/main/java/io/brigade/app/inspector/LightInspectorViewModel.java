package io.brigade.app.inspector;

import io.brigade.app.chrome.Problem;
import io.brigade.app.edit.AnimatedPart;
import io.brigade.app.edit.DocumentViewModel;
import io.brigade.app.edit.InvalidEditException;
import io.brigade.app.edit.LightEdits;
import io.brigade.app.outliner.OutlinerItem;
import io.brigade.engine.math.Color;
import io.brigade.engine.math.Vec3;
import io.brigade.engine.shading.DirectionalLight;
import io.brigade.engine.shading.Light;
import io.brigade.engine.shading.PointLight;
import java.util.Optional;
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
 * The selected light at the current frame, by its kind: a directional light's direction, a point light's
 * position and range, and either's colour and intensity. Each change is one undoable edit, a key at the current
 * frame when the light is animated; a new name applies to all frames. Use it on the FX thread.
 */
public final class LightInspectorViewModel extends KeyedInspector<Light> {

    static final String DIRECTION = "Direction";
    static final String POSITION = "Position";

    private final ReadOnlyBooleanWrapper point = new ReadOnlyBooleanWrapper(this, "point");
    private final ReadOnlyStringWrapper kindText = new ReadOnlyStringWrapper(this, "kindText", "");
    private final ReadOnlyStringWrapper vectorName = new ReadOnlyStringWrapper(this, "vectorName", DIRECTION);
    private final ReadOnlyObjectWrapper<Vec3> vector = new ReadOnlyObjectWrapper<>(this, "vector", Vec3.ZERO);
    private final ReadOnlyObjectWrapper<Color> color = new ReadOnlyObjectWrapper<>(this, "color", Color.WHITE);
    private final ReadOnlyDoubleWrapper intensity = new ReadOnlyDoubleWrapper(this, "intensity");
    private final ReadOnlyDoubleWrapper range = new ReadOnlyDoubleWrapper(this, "range");

    /** See {@link KeyedInspector#KeyedInspector}. */
    public LightInspectorViewModel(DocumentViewModel document, ReadOnlyIntegerProperty frame,
                                   ReadOnlyObjectProperty<OutlinerItem> selected, Consumer<? super Problem> problems) {
        super(document, frame, selected, problems);
        follow();
    }

    /** True for a point light (position and range), false for a directional one (direction). */
    public ReadOnlyBooleanProperty pointProperty() {
        return point.getReadOnlyProperty();
    }

    /** "Point light" or "Directional light". */
    public ReadOnlyStringProperty kindTextProperty() {
        return kindText.getReadOnlyProperty();
    }

    /** What {@link #vectorProperty()} is: "Direction" or "Position". */
    public ReadOnlyStringProperty vectorNameProperty() {
        return vectorName.getReadOnlyProperty();
    }

    /** A directional light's direction (unit length, the way the light travels), or a point light's position. */
    public ReadOnlyObjectProperty<Vec3> vectorProperty() {
        return vector.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Color> colorProperty() {
        return color.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty intensityProperty() {
        return intensity.getReadOnlyProperty();
    }

    /** A point light's range: the distance at which it has half its strength; 0 for a directional light. */
    public ReadOnlyDoubleProperty rangeProperty() {
        return range.getReadOnlyProperty();
    }

    /** Sets one component of the direction or the position; a direction cannot become zero. */
    public void setVector(Axis axis, double value) {
        change(point.get() ? "move" : "aim", light -> {
            String field = vectorName.get() + " " + axis;
            if (light instanceof PointLight p) {
                return new PointLight(axis.with(p.position(), finite(field, value)), p.color(), p.intensity(),
                        p.range());
            }
            DirectionalLight d = (DirectionalLight) light;
            Vec3 direction = axis.with(d.direction(), finite(field, value));
            if (direction.length() == 0) {
                throw new InvalidEditException("Direction must not be the zero vector");
            }
            return new DirectionalLight(direction, d.color(), d.intensity());
        });
    }

    public void setColor(Color newColor) {
        change("recolour", light -> with(light, newColor, light.intensity()));
    }

    public void setIntensity(double value) {
        change("change the intensity of", light -> {
            if (!(value >= 0) || Double.isInfinite(value)) {
                throw new InvalidEditException("Intensity must be a finite number of 0 or more, got " + value);
            }
            return with(light, light.color(), value);
        });
    }

    /** Sets a point light's range; a directional light has none. */
    public void setRange(double value) {
        change("change the range of", light -> {
            if (!(light instanceof PointLight p)) {
                throw new InvalidEditException("a directional light has no Range");
            }
            if (!(value > 0) || Double.isInfinite(value)) {
                throw new InvalidEditException("Range must be a finite number more than 0, got " + value);
            }
            return new PointLight(p.position(), p.color(), p.intensity(), value);
        });
    }

    /** Renames the light, at every frame; a blank name or another light's is refused and reported. */
    public void rename(String newName) {
        changeScene("rename", (scene, part) ->
                LightEdits.renamed(scene, ((AnimatedPart.LightPart) part).index(), newName));
    }

    private static Light with(Light light, Color newColor, double newIntensity) {
        if (light instanceof PointLight p) {
            return new PointLight(p.position(), newColor, newIntensity, p.range());
        }
        return new DirectionalLight(((DirectionalLight) light).direction(), newColor, newIntensity);
    }

    @Override
    protected Optional<AnimatedPart<Light>> partOf(OutlinerItem item) {
        return item.kind() == OutlinerItem.Kind.LIGHT
                ? Optional.of(new AnimatedPart.LightPart(item.index()))
                : Optional.empty();
    }

    @Override
    protected String animatedText(int frame) {
        return super.animatedText(frame) + "; a new name applies to all frames";
    }

    @Override
    protected void show(Light light) {
        boolean isPoint = light instanceof PointLight;
        point.set(isPoint);
        kindText.set(isPoint ? "Point light" : "Directional light");
        vectorName.set(isPoint ? POSITION : DIRECTION);
        color.set(light.color());
        intensity.set(light.intensity());
        if (light instanceof PointLight p) {
            vector.set(p.position());
            range.set(p.range());
        } else {
            vector.set(((DirectionalLight) light).direction());
            range.set(0);
        }
    }
}
