package io.brigade.app.theme;

/** The window's colours: dark for artists (frames read true on it), light for slides and printed handouts. */
public enum Theme {
    DARK("Dark"), LIGHT("Light");

    private final String label;

    Theme(String label) {
        this.label = label;
    }

    /** The name the View menu shows. */
    public String label() {
        return label;
    }
}
