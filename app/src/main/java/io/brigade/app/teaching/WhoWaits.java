package io.brigade.app.teaching;

/** The first teaching axis: does the UI thread wait for a render, or only start it? */
public enum WhoWaits {

    /** The UI thread waits for the render; the window freezes until it is done. The anti-pattern, on purpose. */
    BLOCKING("Blocking"),
    /** The UI thread only starts the render and carries on; workers report back as they go. */
    ASYNC("Async");

    private final String label;

    WhoWaits(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
