package io.brigade.app.inspector;

/** The scene's undo and redo, as an inspector's fields reach them. */
public interface EditHistory {

    /** Takes back the newest scene edit, as Edit > Undo does. */
    void undo();

    /** Makes the newest undone scene edit again, as Edit > Redo does. */
    void redo();
}
