package io.brigade.app.dialogs;

import javafx.stage.Window;

/** Asks whether to stop a render that is still running before the window closes; tests answer it themselves. */
@FunctionalInterface
public interface RenderRunningPrompt {

    /** What the user chose. */
    enum Answer {
        /** Stop the render (frames written so far stay) and close. */
        CANCEL_RENDER_AND_QUIT,
        /** Leave the window open and the render going. */
        KEEP_RENDERING
    }

    /** Asks modally to {@code owner} on the FX thread. */
    Answer ask(Window owner);
}
