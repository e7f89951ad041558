package io.brigade.app.timeline;

import io.brigade.app.chrome.Problem;
import io.brigade.app.edit.AnimatedPart;
import io.brigade.app.edit.DocumentViewModel;
import io.brigade.app.edit.InvalidEditException;
import io.brigade.app.edit.KeyframeEdits;
import io.brigade.app.outliner.OutlinerItem;
import io.brigade.engine.animation.Interpolation;
import io.brigade.engine.scene.Scene;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.IntStream;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The keys of the selection (the camera, a light or an object) on the timeline, and the edits on them at the
 * current frame: add, delete, move, and how a key eases on to the next. Each edit is one undoable step;
 * jumping to the previous or next key moves the timeline. Use it on the FX thread.
 */
public final class KeyframesViewModel {

    /** {@link #interpolationScopeProperty()} when the current frame holds a key: the control sets that key. */
    static final String KEY_SCOPE = "Key";
    /** {@link #interpolationScopeProperty()} between keys: the control sets every key of the selection. */
    static final String ALL_KEYS_SCOPE = "All keys";
    /** {@link #titleProperty()} while nothing with keys is selected. */
    static final String NOTHING_SELECTED = "Select the camera, a light or an object to see its keys";

    private final DocumentViewModel document;
    private final TimelineViewModel timeline;
    private final ReadOnlyObjectProperty<OutlinerItem> selected;
    private final Consumer<? super Problem> problems;

    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(this, "available");
    private final ReadOnlyObjectWrapper<List<KeyMarker>> markers =
            new ReadOnlyObjectWrapper<>(this, "markers", List.of());
    private final ReadOnlyBooleanWrapper canAddKey = new ReadOnlyBooleanWrapper(this, "canAddKey");
    private final ReadOnlyBooleanWrapper canDeleteKey = new ReadOnlyBooleanWrapper(this, "canDeleteKey");
    private final ReadOnlyBooleanWrapper hasPreviousKey = new ReadOnlyBooleanWrapper(this, "hasPreviousKey");
    private final ReadOnlyBooleanWrapper hasNextKey = new ReadOnlyBooleanWrapper(this, "hasNextKey");
    private final ReadOnlyObjectWrapper<Interpolation> interpolation =
            new ReadOnlyObjectWrapper<>(this, "interpolation");
    private final ReadOnlyStringWrapper interpolationScope = new ReadOnlyStringWrapper(this, "interpolationScope", "");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", NOTHING_SELECTED);

    /**
     * @param selected the outliner's selection, whose keys are shown
     * @param problems hears about edits the scene refuses, such as deleting a track's only key
     */
    public KeyframesViewModel(DocumentViewModel document, TimelineViewModel timeline,
                              ReadOnlyObjectProperty<OutlinerItem> selected, Consumer<? super Problem> problems) {
        this.document = Objects.requireNonNull(document, "document");
        this.timeline = Objects.requireNonNull(timeline, "timeline");
        this.selected = Objects.requireNonNull(selected, "selected");
        this.problems = Objects.requireNonNull(problems, "problems");
        document.sceneProperty().addListener(observable -> refresh());
        timeline.frameProperty().addListener(observable -> refresh());
        timeline.endFrameProperty().addListener(observable -> refresh());
        timeline.startFrameProperty().addListener(observable -> refresh());
        selected.addListener(observable -> refresh());
        refresh();
    }

    /** True while something with keys is selected; the other properties describe its keys. */
    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    /** The selection's keys in time order, the current frame's marked; empty while nothing is selected. */
    public ReadOnlyObjectProperty<List<KeyMarker>> markersProperty() {
        return markers.getReadOnlyProperty();
    }

    /** True when the selection has no key at the current frame yet. */
    public ReadOnlyBooleanProperty canAddKeyProperty() {
        return canAddKey.getReadOnlyProperty();
    }

    /** True when the selection has a key at the current frame and others besides it. */
    public ReadOnlyBooleanProperty canDeleteKeyProperty() {
        return canDeleteKey.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasPreviousKeyProperty() {
        return hasPreviousKey.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasNextKeyProperty() {
        return hasNextKey.getReadOnlyProperty();
    }

    /**
     * The easing the interpolation control shows: the current frame's key's, or between keys the one all keys
     * share; null while they differ or nothing is selected.
     */
    public ReadOnlyObjectProperty<Interpolation> interpolationProperty() {
        return interpolation.getReadOnlyProperty();
    }

    /** What {@link #setInterpolation} changes: "Key" at a key, "All keys" between keys, empty without selection. */
    public ReadOnlyStringProperty interpolationScopeProperty() {
        return interpolationScope.getReadOnlyProperty();
    }

    /** Such as "Keys of teapot", or a hint while nothing is selected. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Adds a key at the current frame holding the selection's value there. */
    public void addKey() {
        edit(part -> "Add key to " + name(part) + " at frame " + frame(),
                (scene, part) -> KeyframeEdits.withKeyAt(scene, part, frame()), "add a key to");
    }

    /** Deletes the selection's key at the current frame; the only key of a track stays, with the reason told. */
    public void deleteKey() {
        edit(part -> "Delete key of " + name(part) + " at frame " + frame(),
                (scene, part) -> KeyframeEdits.withoutKeyAt(scene, part, frame()), "delete the key of");
    }

    /** Moves the selection's key at frame {@code from} to frame {@code to}, and the timeline with it. */
    public void moveKey(int from, int to) {
        if (from != to && edit(part -> "Move key of " + name(part) + " from frame " + from + " to " + to,
                (scene, part) -> KeyframeEdits.withKeyMoved(scene, part, from, to), "move the key of")) {
            timeline.setFrame(to);
        }
    }

    /** Sets the easing of the current frame's key, or between keys of every key of the selection. */
    public void setInterpolation(Interpolation easing) {
        Objects.requireNonNull(easing, "easing");
        String shown = KeyframeEdits.displayName(easing);
        if (KEY_SCOPE.equals(interpolationScope.get())) {
            edit(part -> "Set key of " + name(part) + " at frame " + frame() + " to " + shown,
                    (scene, part) -> KeyframeEdits.withInterpolationAt(scene, part, frame(), easing),
                    "change the interpolation of");
        } else {
            edit(part -> "Set all keys of " + name(part) + " to " + shown,
                    (scene, part) -> KeyframeEdits.withInterpolation(scene, part, easing),
                    "change the interpolation of");
        }
    }

    /** Moves the timeline to the selection's nearest key before the current frame, within the frame range. */
    public void previousKey() {
        part().flatMap(this::previousKeyFrame).ifPresent(timeline::setFrame);
    }

    /** Moves the timeline to the selection's nearest key after the current frame, within the frame range. */
    public void nextKey() {
        part().flatMap(this::nextKeyFrame).ifPresent(timeline::setFrame);
    }

    private Optional<Integer> previousKeyFrame(AnimatedPart<?> part) {
        return inRange(KeyframeEdits.previousKeyFrame(scene(), part, frame()));
    }

    private Optional<Integer> nextKeyFrame(AnimatedPart<?> part) {
        return inRange(KeyframeEdits.nextKeyFrame(scene(), part, frame()));
    }

    /** The frame, unless it lies outside the timeline's range, where the timeline cannot go. */
    private Optional<Integer> inRange(OptionalInt frame) {
        return frame.isPresent() && frame.getAsInt() >= timeline.startFrameProperty().get()
                && frame.getAsInt() <= timeline.endFrameProperty().get()
                ? Optional.of(frame.getAsInt())
                : Optional.empty();
    }

    /** The animated part an outliner row stands for. */
    static AnimatedPart<?> partOf(OutlinerItem item) {
        return switch (item.kind()) {
            case CAMERA -> new AnimatedPart.CameraPart();
            case LIGHT -> new AnimatedPart.LightPart(item.index());
            case OBJECT -> new AnimatedPart.ObjectPart(item.index());
        };
    }

    @FunctionalInterface
    private interface PartEdit {
        Scene apply(Scene scene, AnimatedPart<?> part) throws InvalidEditException;
    }

    /** Applies {@code change} to the selection as one edit; true when the scene took it, else "Could not verb name". */
    private boolean edit(Function<AnimatedPart<?>, String> description, PartEdit change, String verb) {
        Optional<AnimatedPart<?>> part = part();
        if (part.isEmpty()) {
            return false;
        }
        Scene scene = scene();
        try {
            document.apply(description.apply(part.get()), change.apply(scene, part.get()));
            return true;
        } catch (InvalidEditException e) {
            problems.accept(new Problem("Could not " + verb + " " + name(part.get()), e.getMessage()));
            return false;
        }
    }

    private Optional<AnimatedPart<?>> part() {
        Scene scene = scene();
        OutlinerItem item = selected.get();
        if (scene == null || item == null) {
            return Optional.empty();
        }
        AnimatedPart<?> part = partOf(item);
        return part.isIn(scene) ? Optional.of(part) : Optional.empty();
    }

    private String name(AnimatedPart<?> part) {
        return part.name(scene());
    }

    private Scene scene() {
        return document.sceneProperty().get();
    }

    private int frame() {
        return timeline.frameProperty().get();
    }

    private void refresh() {
        Optional<AnimatedPart<?>> found = part();
        available.set(found.isPresent());
        if (found.isEmpty()) {
            markers.set(List.of());
            canAddKey.set(false);
            canDeleteKey.set(false);
            hasPreviousKey.set(false);
            hasNextKey.set(false);
            interpolation.set(null);
            interpolationScope.set("");
            title.set(NOTHING_SELECTED);
            return;
        }
        AnimatedPart<?> part = found.get();
        Scene scene = scene();
        int frame = frame();
        OptionalInt current = KeyframeEdits.keyIndexAt(scene, part, frame);
        List<Double> keyFrames = KeyframeEdits.keyFrames(scene, part);
        markers.set(IntStream.range(0, keyFrames.size())
                .mapToObj(i -> new KeyMarker(keyFrames.get(i), current.isPresent() && current.getAsInt() == i))
                .toList());
        canAddKey.set(current.isEmpty());
        canDeleteKey.set(current.isPresent() && keyFrames.size() > 1);
        hasPreviousKey.set(previousKeyFrame(part).isPresent());
        hasNextKey.set(nextKeyFrame(part).isPresent());
        interpolation.set((current.isPresent()
                ? KeyframeEdits.interpolationAt(scene, part, frame)
                : KeyframeEdits.interpolationOf(scene, part)).orElse(null));
        interpolationScope.set(current.isPresent() ? KEY_SCOPE : ALL_KEYS_SCOPE);
        title.set("Keys of " + part.name(scene));
    }
}
