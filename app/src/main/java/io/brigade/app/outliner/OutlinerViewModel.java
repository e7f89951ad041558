package io.brigade.app.outliner;

import io.brigade.app.chrome.Problem;
import io.brigade.app.edit.DocumentViewModel;
import io.brigade.app.edit.InvalidEditException;
import io.brigade.app.edit.ObjectEdits;
import io.brigade.engine.geometry.primitive.PrimitiveKind;
import io.brigade.engine.scene.Scene;
import io.brigade.engine.scene.SceneLight;
import io.brigade.engine.scene.SceneObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The scene's contents as a list (camera, lights, objects) with one selected row, and the edits that add,
 * duplicate and delete objects. The selection follows a row's place through edits, undo and redo, and is
 * dropped when that place is gone. Use it on the FX thread.
 */
public final class OutlinerViewModel {

    /** {@link #selectedObjectProperty()} while no object is selected. */
    public static final int NO_OBJECT = -1;

    private final DocumentViewModel document;
    private final Consumer<? super Problem> problems;
    private final ObservableList<OutlinerItem> items = FXCollections.observableArrayList();
    private final ObservableList<OutlinerItem> readOnlyItems = FXCollections.unmodifiableObservableList(items);
    private final ReadOnlyObjectWrapper<OutlinerItem> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyIntegerWrapper selectedObject = new ReadOnlyIntegerWrapper(this, "selectedObject", NO_OBJECT);
    private final ReadOnlyBooleanWrapper objectSelected = new ReadOnlyBooleanWrapper(this, "objectSelected");

    /** {@code problems} hears about edits the scene refuses, such as deleting an object others hang from. */
    public OutlinerViewModel(DocumentViewModel document, Consumer<? super Problem> problems) {
        this.document = Objects.requireNonNull(document, "document");
        this.problems = Objects.requireNonNull(problems, "problems");
        document.sceneProperty().addListener((observable, old, scene) -> rebuild(scene));
        rebuild(document.sceneProperty().get());
    }

    /** The rows, camera first, then lights, then objects; read-only. */
    public ObservableList<OutlinerItem> items() {
        return readOnlyItems;
    }

    public ReadOnlyObjectProperty<OutlinerItem> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The index of the selected object in the scene, or {@link #NO_OBJECT}. */
    public ReadOnlyIntegerProperty selectedObjectProperty() {
        return selectedObject.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty objectSelectedProperty() {
        return objectSelected.getReadOnlyProperty();
    }

    /** Selects {@code item}, one of {@link #items()}, or nothing when null. */
    public void select(OutlinerItem item) {
        if (item != null && !items.contains(item)) {
            throw new IllegalArgumentException("not a row of this outliner: " + item);
        }
        selected.set(item);
        int object = item != null && item.kind() == OutlinerItem.Kind.OBJECT ? item.index() : NO_OBJECT;
        selectedObject.set(object);
        objectSelected.set(object != NO_OBJECT);
    }

    /** Selects the object at {@code index} of the scene. */
    public void selectObject(int index) {
        select(items.stream().filter(item -> item.kind() == OutlinerItem.Kind.OBJECT && item.index() == index)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no object " + index)));
    }

    /** Adds a primitive of {@code kind} as one edit and selects it. */
    public void addPrimitive(PrimitiveKind kind) {
        Scene scene = document.sceneProperty().get();
        if (scene == null) {
            return;
        }
        try {
            document.apply("Add " + kind.id(), ObjectEdits.withPrimitiveAdded(scene, kind));
            selectObject(scene.objects().size());
        } catch (InvalidEditException e) {
            problems.accept(new Problem("Could not add a " + kind.id(), e.getMessage()));
        }
    }

    /** Adds a copy of the selected object as one edit and selects the copy. */
    public void duplicateSelected() {
        int index = selectedObject.get();
        Scene scene = document.sceneProperty().get();
        if (index == NO_OBJECT || scene == null) {
            return;
        }
        document.apply("Duplicate " + scene.objects().get(index).name(), ObjectEdits.withDuplicate(scene, index));
        selectObject(scene.objects().size());
    }

    /** Deletes the selected object as one edit; refused, with the reason, while others hang from it. */
    public void deleteSelected() {
        int index = selectedObject.get();
        Scene scene = document.sceneProperty().get();
        if (index == NO_OBJECT || scene == null) {
            return;
        }
        String name = scene.objects().get(index).name();
        try {
            document.apply("Delete " + name, ObjectEdits.withoutObject(scene, index));
        } catch (InvalidEditException e) {
            problems.accept(new Problem("Could not delete " + name, e.getMessage()));
        }
    }

    private void rebuild(Scene scene) {
        OutlinerItem before = selected.get();
        List<OutlinerItem> rows = new ArrayList<>();
        if (scene != null) {
            rows.add(new OutlinerItem(OutlinerItem.Kind.CAMERA, 0, "Camera"));
            List<SceneLight> lights = scene.lights();
            for (int i = 0; i < lights.size(); i++) {
                rows.add(new OutlinerItem(OutlinerItem.Kind.LIGHT, i, lights.get(i).name()));
            }
            List<SceneObject> objects = scene.objects();
            for (int i = 0; i < objects.size(); i++) {
                rows.add(new OutlinerItem(OutlinerItem.Kind.OBJECT, i, objects.get(i).name()));
            }
        }
        OutlinerItem kept = rows.stream().filter(row -> row.sameSlot(before)).findFirst().orElse(null);
        items.setAll(rows);
        select(kept);
    }
}
