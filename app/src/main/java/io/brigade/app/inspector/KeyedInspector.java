package io.brigade.app.inspector;

import io.brigade.app.chrome.Problem;
import io.brigade.app.edit.AnimatedPart;
import io.brigade.app.edit.DocumentViewModel;
import io.brigade.app.edit.InvalidEditException;
import io.brigade.app.edit.KeyframeEdits;
import io.brigade.app.outliner.OutlinerItem;
import io.brigade.engine.scene.Scene;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the camera and light inspectors share: the selected part when it is theirs, its value at the current
 * frame, and edits that replace that value as one undoable step, set as a key at the current frame when the part
 * is animated. A refused value is reported with the field it came from. Use it on the FX thread.
 *
 * @param <T> the part's animated value
 */
public abstract class KeyedInspector<T> implements EditHistory {

    /** A change to the value shown; throws, naming the field, when the value it is given cannot be. */
    @FunctionalInterface
    protected interface Change<T> {
        T apply(T value) throws InvalidEditException;
    }

    /** A change to the whole scene for the selected part; throws, naming the field, when it cannot be made. */
    @FunctionalInterface
    protected interface SceneChange<T> {
        Scene apply(Scene scene, AnimatedPart<T> part) throws InvalidEditException;
    }

    private final DocumentViewModel document;
    private final ReadOnlyIntegerProperty frame;
    private final ReadOnlyObjectProperty<OutlinerItem> selected;
    private final Consumer<? super Problem> problems;

    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(this, "available");
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name", "");
    private final ReadOnlyStringWrapper animationText = new ReadOnlyStringWrapper(this, "animationText", "");

    /**
     * @param frame    the timeline's current frame
     * @param selected the outliner's selection
     * @param problems hears about values the part cannot take
     */
    protected KeyedInspector(DocumentViewModel document, ReadOnlyIntegerProperty frame,
                             ReadOnlyObjectProperty<OutlinerItem> selected, Consumer<? super Problem> problems) {
        this.document = Objects.requireNonNull(document, "document");
        this.frame = Objects.requireNonNull(frame, "frame");
        this.selected = Objects.requireNonNull(selected, "selected");
        this.problems = Objects.requireNonNull(problems, "problems");
    }

    /** Starts following the scene, the frame and the selection; subclasses call it once they are built. */
    protected final void follow() {
        document.sceneProperty().addListener(observable -> refresh());
        frame.addListener(observable -> refresh());
        selected.addListener(observable -> refresh());
        refresh();
    }

    /** True while a part of this inspector's kind is selected; the other properties describe it. */
    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    /** Whether edits set a key ("Animated: edits set a key at frame 30") or change the part at every frame. */
    public ReadOnlyStringProperty animationTextProperty() {
        return animationText.getReadOnlyProperty();
    }

    /** The part {@code item} stands for, when it is of this inspector's kind. */
    protected abstract Optional<AnimatedPart<T>> partOf(OutlinerItem item);

    /** Shows {@code value}, the part's at the current frame, in the subclass's properties. */
    protected abstract void show(T value);

    /**
     * Replaces the value at the current frame by {@code change} of it, as one edit called "verb name"; a change
     * to the same value is none, and a refused one is reported as "Could not verb name".
     */
    protected final void change(String verb, Change<T> change) {
        changeScene(verb, (scene, part) -> {
            T now = KeyframeEdits.valueAt(scene, part, frame.get());
            T changed = change.apply(now);
            return changed.equals(now) ? scene : KeyframeEdits.withValueAt(scene, part, frame.get(), changed);
        });
    }

    /**
     * Replaces the scene by {@code change} of it and the selected part, as one edit called "verb name"; a change
     * that answers the same scene is none, and a refused one is reported as "Could not verb name".
     */
    protected final void changeScene(String verb, SceneChange<T> change) {
        Optional<AnimatedPart<T>> part = part();
        if (part.isEmpty()) {
            return;
        }
        Scene scene = document.sceneProperty().get();
        Scene changed;
        try {
            changed = change.apply(scene, part.get());
        } catch (InvalidEditException e) {
            problems.accept(new Problem("Could not " + verb + " " + name.get(), e.getMessage()));
            refresh(); // the fields show the value still in use
            return;
        }
        if (changed != scene) {
            document.apply(verb.substring(0, 1).toUpperCase(Locale.ROOT) + verb.substring(1) + " " + name.get(),
                    changed);
        }
    }

    /** {@code value} when it is a finite number, else the reason naming {@code field}. */
    protected static double finite(String field, double value) throws InvalidEditException {
        if (!Double.isFinite(value)) {
            throw new InvalidEditException(field + " must be a finite number, got " + value);
        }
        return value;
    }

    @Override
    public void undo() {
        document.undo();
    }

    @Override
    public void redo() {
        document.redo();
    }

    private Optional<AnimatedPart<T>> part() {
        Scene scene = document.sceneProperty().get();
        OutlinerItem item = selected.get();
        if (scene == null || item == null) {
            return Optional.empty();
        }
        return partOf(item).filter(part -> part.isIn(scene));
    }

    private void refresh() {
        Optional<AnimatedPart<T>> part = part();
        available.set(part.isPresent());
        if (part.isEmpty()) {
            name.set("");
            animationText.set("");
            return;
        }
        Scene scene = document.sceneProperty().get();
        name.set(part.get().name(scene));
        show(KeyframeEdits.valueAt(scene, part.get(), frame.get()));
        animationText.set(KeyframeEdits.isAnimated(scene, part.get())
                ? animatedText(frame.get())
                : "Not animated: edits change it at every frame");
    }

    /** The note on an animated part at {@code frame}: which edits set a key there. */
    protected String animatedText(int frame) {
        return "Animated: edits set a key at frame " + frame;
    }
}
