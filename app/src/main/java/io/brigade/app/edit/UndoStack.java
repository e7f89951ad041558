package io.brigade.app.edit;

import io.brigade.engine.scene.Scene;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The edits made to one document, for undo and redo. Every state the document passes through gets a
 * revision number that no other state shares; undoing back to a revision brings that very number back,
 * so "unsaved changes" is simply {@code revision() != savedRevision()}. Not thread-safe: the FX thread owns it.
 */
public final class UndoStack {

    private record Entry(SceneEdit edit, long revisionBefore, long revisionAfter) {
    }

    /** A revision no state ever has. */
    private static final long NOTHING_SAVED = -1;

    private final Deque<Entry> undoable = new ArrayDeque<>();
    private final Deque<Entry> redoable = new ArrayDeque<>();
    private long lastIssued;
    private long revision;
    private long savedRevision;

    /** The revision of the current state; a new stack starts at revision 0, saved. */
    public long revision() {
        return revision;
    }

    /** The revision last marked saved. */
    public long savedRevision() {
        return savedRevision;
    }

    /** True when the current state differs from the saved one. */
    public boolean isDirty() {
        return revision != savedRevision;
    }

    public boolean canUndo() {
        return !undoable.isEmpty();
    }

    public boolean canRedo() {
        return !redoable.isEmpty();
    }

    /** The description of the edit {@link #undo()} would take back. */
    public Optional<String> undoDescription() {
        return Optional.ofNullable(undoable.peek()).map(entry -> entry.edit().description());
    }

    /** The description of the edit {@link #redo()} would make again. */
    public Optional<String> redoDescription() {
        return Optional.ofNullable(redoable.peek()).map(entry -> entry.edit().description());
    }

    /** Records {@code edit} as made; the edits undone before it can no longer be redone. */
    public void push(SceneEdit edit) {
        Objects.requireNonNull(edit, "edit");
        long next = ++lastIssued;
        undoable.push(new Entry(edit, revision, next));
        redoable.clear();
        revision = next;
    }

    /** Takes back the newest edit and returns the scene as it was before it; throws when there is none. */
    public Scene undo() {
        if (!canUndo()) {
            throw new IllegalStateException("nothing to undo");
        }
        Entry entry = undoable.pop();
        redoable.push(entry);
        revision = entry.revisionBefore();
        return entry.edit().before();
    }

    /** Makes the newest undone edit again and returns the scene as it was after it; throws when there is none. */
    public Scene redo() {
        if (!canRedo()) {
            throw new IllegalStateException("nothing to redo");
        }
        Entry entry = redoable.pop();
        undoable.push(entry);
        revision = entry.revisionAfter();
        return entry.edit().after();
    }

    /** Marks {@code savedRevision} as the state on disk (the revision a save began at, which may be older). */
    public void markSaved(long savedRevision) {
        this.savedRevision = savedRevision;
    }

    /** Marks no state as the one on disk, as for a recovered document: it stays dirty until saved. */
    public void markNothingSaved() {
        this.savedRevision = NOTHING_SAVED;
    }

    /**
     * Replaces every scene the edits keep with {@code change} of it, edits and revisions as they were, as when
     * the scene's file paths are rewritten for a new folder; {@code change} should give one scene the same result.
     */
    public void replaceScenes(UnaryOperator<Scene> change) {
        Objects.requireNonNull(change, "change");
        replaceScenes(undoable, change);
        replaceScenes(redoable, change);
    }

    private static void replaceScenes(Deque<Entry> entries, UnaryOperator<Scene> change) {
        List<Entry> changed = entries.stream().map(entry -> new Entry(new SceneEdit(entry.edit().description(),
                change.apply(entry.edit().before()), change.apply(entry.edit().after())),
                entry.revisionBefore(), entry.revisionAfter())).toList();
        entries.clear();
        entries.addAll(changed);
    }

    /** Forgets every edit and starts afresh at a saved state, as after opening a file. */
    public void clear() {
        undoable.clear();
        redoable.clear();
        revision = ++lastIssued;
        savedRevision = revision;
    }
}
