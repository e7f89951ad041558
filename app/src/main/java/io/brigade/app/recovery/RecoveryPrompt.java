package io.brigade.app.recovery;

import javafx.stage.Window;

/** Asks at start whether to recover the scene autosaved before the editor last ended; tests answer it themselves. */
@FunctionalInterface
public interface RecoveryPrompt {

    /** What the user chose. */
    enum Answer {
        /** Open the autosaved scene, with its changes still unsaved. */
        RECOVER,
        /** Delete the autosave. */
        DISCARD
    }

    /** Asks modally to {@code owner} on the FX thread about {@code recovered}. */
    Answer ask(Window owner, RecoveredScene recovered);
}
