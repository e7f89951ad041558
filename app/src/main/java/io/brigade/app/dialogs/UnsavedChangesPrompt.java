package io.brigade.app.dialogs;

import javafx.stage.Window;

/** Asks what to do with unsaved changes before they would be lost; an interface so tests can answer. */
@FunctionalInterface
public interface UnsavedChangesPrompt {

    /** What the user chose. */
    enum Answer {
        /** Save the changes, then go on. */
        SAVE,
        /** Go on and lose the changes. */
        DONT_SAVE,
        /** Stay as things are. */
        CANCEL
    }

    /** Asks modally to {@code owner} on the FX thread about the scene called {@code sceneName}. */
    Answer ask(Window owner, String sceneName);
}
