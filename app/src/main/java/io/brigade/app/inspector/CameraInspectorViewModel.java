package io.brigade.app.inspector;

import io.brigade.app.chrome.Problem;
import io.brigade.app.edit.AnimatedPart;
import io.brigade.app.edit.DocumentViewModel;
import io.brigade.app.edit.InvalidEditException;
import io.brigade.app.outliner.OutlinerItem;
import io.brigade.engine.camera.Camera;
import io.brigade.engine.math.Vec3;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The camera at the current frame while it is selected: where it stands, the point it looks at, its vertical
 * field of view and its near and far clipping distances. Each change is one undoable edit, a key at the current
 * frame when the camera is animated. Use it on the FX thread.
 */
public final class CameraInspectorViewModel extends KeyedInspector<Camera> {

    private final ReadOnlyObjectWrapper<Vec3> position = new ReadOnlyObjectWrapper<>(this, "position", Vec3.ZERO);
    private final ReadOnlyObjectWrapper<Vec3> target = new ReadOnlyObjectWrapper<>(this, "target", Vec3.ZERO);
    private final ReadOnlyDoubleWrapper fieldOfView = new ReadOnlyDoubleWrapper(this, "fieldOfView");
    private final ReadOnlyDoubleWrapper near = new ReadOnlyDoubleWrapper(this, "near");
    private final ReadOnlyDoubleWrapper far = new ReadOnlyDoubleWrapper(this, "far");

    /** See {@link KeyedInspector#KeyedInspector}. */
    public CameraInspectorViewModel(DocumentViewModel document, ReadOnlyIntegerProperty frame,
                                    ReadOnlyObjectProperty<OutlinerItem> selected, Consumer<? super Problem> problems) {
        super(document, frame, selected, problems);
        follow();
    }

    public ReadOnlyObjectProperty<Vec3> positionProperty() {
        return position.getReadOnlyProperty();
    }

    /** The point the camera looks at. */
    public ReadOnlyObjectProperty<Vec3> targetProperty() {
        return target.getReadOnlyProperty();
    }

    /** The vertical field of view in degrees. */
    public ReadOnlyDoubleProperty fieldOfViewProperty() {
        return fieldOfView.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty nearProperty() {
        return near.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty farProperty() {
        return far.getReadOnlyProperty();
    }

    public void setPosition(Axis axis, double value) {
        change("move", camera -> {
            Vec3 moved = axis.with(camera.position(), finite("Position " + axis, value));
            if (moved.equals(camera.target())) {
                throw new InvalidEditException("Position must differ from Look at: a camera cannot look at itself");
            }
            return camera.withPosition(moved);
        });
    }

    public void setTarget(Axis axis, double value) {
        change("aim", camera -> {
            Vec3 aimed = axis.with(camera.target(), finite("Look at " + axis, value));
            if (aimed.equals(camera.position())) {
                throw new InvalidEditException("Look at must differ from Position: a camera cannot look at itself");
            }
            return camera.withTarget(aimed);
        });
    }

    public void setFieldOfView(double degrees) {
        change("zoom", camera -> {
            if (!(degrees > 0 && degrees < 180)) {
                throw new InvalidEditException("Field of view must be between 0 and 180 degrees, got " + degrees);
            }
            return new Camera(camera.position(), camera.target(), camera.up(), degrees, camera.near(), camera.far());
        });
    }

    public void setNear(double distance) {
        change("clip", camera -> {
            if (!(distance > 0 && distance < camera.far())) {
                throw new InvalidEditException("Near must be more than 0 and less than Far (" + camera.far()
                        + "), got " + distance);
            }
            return new Camera(camera.position(), camera.target(), camera.up(), camera.fovYDegrees(), distance,
                    camera.far());
        });
    }

    public void setFar(double distance) {
        change("clip", camera -> {
            if (!(distance > camera.near()) || Double.isInfinite(distance)) {
                throw new InvalidEditException("Far must be a finite number more than Near (" + camera.near()
                        + "), got " + distance);
            }
            return new Camera(camera.position(), camera.target(), camera.up(), camera.fovYDegrees(), camera.near(),
                    distance);
        });
    }

    @Override
    protected Optional<AnimatedPart<Camera>> partOf(OutlinerItem item) {
        return item.kind() == OutlinerItem.Kind.CAMERA ? Optional.of(new AnimatedPart.CameraPart()) : Optional.empty();
    }

    @Override
    protected void show(Camera camera) {
        position.set(camera.position());
        target.set(camera.target());
        fieldOfView.set(camera.fovYDegrees());
        near.set(camera.near());
        far.set(camera.far());
    }
}
