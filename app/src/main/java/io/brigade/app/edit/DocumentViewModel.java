package io.brigade.app.edit;

import io.brigade.app.concurrent.BackgroundTasks;
import io.brigade.engine.scene.Scene;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The scene being edited, the file it belongs to and its edits: every change goes through {@link #apply}
 * as one undoable step, and the dirty flag follows the undo stack's revisions. Use it on the FX thread.
 */
public final class DocumentViewModel {

    static final String UNDO = "Undo";
    static final String REDO = "Redo";

    private final BackgroundTasks backgroundTasks;
    private final SceneSaver saver;
    private final UndoStack edits = new UndoStack();

    private final ReadOnlyObjectWrapper<Scene> scene = new ReadOnlyObjectWrapper<>(this, "scene");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", UNDO);
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", REDO);

    /** Counts opened documents, so that a save finishing after another file was opened changes nothing. */
    private long generation;

    /** {@code saver} runs through {@code backgroundTasks}, off the FX thread. */
    public DocumentViewModel(BackgroundTasks backgroundTasks, SceneSaver saver) {
        this.backgroundTasks = Objects.requireNonNull(backgroundTasks, "backgroundTasks");
        this.saver = Objects.requireNonNull(saver, "saver");
    }

    /** The scene as edited so far, or null before one is open. */
    public ReadOnlyObjectProperty<Scene> sceneProperty() {
        return scene.getReadOnlyProperty();
    }

    /** The file the scene was opened from or last saved to; null before one is open and for a new scene never saved. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** True while the scene differs from what was last opened or saved. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** "Undo", followed by what it would take back, such as "Undo Rename teapot". */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    /** "Redo", followed by what it would make again. */
    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    /** Starts editing {@code opened}, read from {@code from}: no edits to undo, nothing unsaved. */
    public void open(Path from, Scene opened) {
        generation++;
        edits.clear();
        file.set(Objects.requireNonNull(from, "from"));
        scene.set(Objects.requireNonNull(opened, "opened"));
        refresh();
    }

    /** Starts editing {@code created}, which belongs to no file yet (as after File > New): nothing unsaved. */
    public void openNew(Scene created) {
        generation++;
        edits.clear();
        file.set(null);
        scene.set(Objects.requireNonNull(created, "created"));
        refresh();
    }

    /**
     * Starts editing {@code recovered}, autosaved from {@code from} (none for a scene never saved): no edits
     * to undo, and all of it unsaved until saved.
     */
    public void openRecovered(Optional<Path> from, Scene recovered) {
        generation++;
        edits.clear();
        edits.markNothingSaved();
        file.set(from.orElse(null));
        scene.set(Objects.requireNonNull(recovered, "recovered"));
        refresh();
    }

    /**
     * Makes {@code changed} the scene as one undoable edit called {@code description}; a change that gives
     * back the very same scene is no edit. Throws when no scene is open.
     */
    public void apply(String description, Scene changed) {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(changed, "changed");
        Scene current = scene.get();
        if (current == null) {
            throw new IllegalStateException("no scene is open to edit");
        }
        if (changed == current) {
            return;
        }
        edits.push(new SceneEdit(description, current, changed));
        scene.set(changed);
        refresh();
    }

    /** Takes back the newest edit; does nothing when there is none. */
    public void undo() {
        if (edits.canUndo()) {
            scene.set(edits.undo());
            refresh();
        }
    }

    /** Makes the newest undone edit again; does nothing when there is none. */
    public void redo() {
        if (edits.canRedo()) {
            scene.set(edits.redo());
            refresh();
        }
    }

    /**
     * Writes the scene as it is now to {@code target} in the background. On success the document belongs to
     * {@code target} and is clean, unless it was edited meanwhile, and {@code onSaved} runs; on failure
     * nothing changes and {@code onFailed} gets what went wrong. Both run on the FX thread. A target in another
     * folder gets the scene's relative paths rewritten to point at the same files ({@link ScenePaths}); once
     * saved, the document and its undo history name them so too.
     */
    public void saveTo(Path target, Runnable onSaved, Consumer<? super Exception> onFailed) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(onSaved, "onSaved");
        Objects.requireNonNull(onFailed, "onFailed");
        Scene snapshot = scene.get();
        if (snapshot == null) {
            throw new IllegalStateException("no scene is open to save");
        }
        long savingRevision = edits.revision();
        long savingGeneration = generation;
        Path current = file.get();
        UnaryOperator<Scene> forTarget = current == null ? UnaryOperator.identity()
                : ScenePaths.rebasing(current, target);
        Scene written = forTarget.apply(snapshot);
        backgroundTasks.run(() -> {
            saver.save(written, target);
            return target;
        }, saved -> {
            if (savingGeneration == generation) {
                if (written != snapshot) {
                    edits.replaceScenes(forTarget);
                    scene.set(forTarget.apply(scene.get()));
                }
                file.set(saved);
                edits.markSaved(savingRevision);
                refresh();
            }
            onSaved.run();
        }, onFailed);
    }

    private void refresh() {
        dirty.set(edits.isDirty());
        canUndo.set(edits.canUndo());
        canRedo.set(edits.canRedo());
        undoText.set(edits.undoDescription().map(what -> UNDO + " " + what).orElse(UNDO));
        redoText.set(edits.redoDescription().map(what -> REDO + " " + what).orElse(REDO));
    }
}
