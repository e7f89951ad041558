package io.brigade.app.export;

/** How many image pixels a snapshot gives each pixel of the user interface: 2x and 3x for slides and print. */
public enum SnapshotScale {
    X1(1), X2(2), X3(3);

    private final int factor;

    SnapshotScale(int factor) {
        this.factor = factor;
    }

    public int factor() {
        return factor;
    }

    @Override
    public String toString() {
        return factor + "x";
    }
}
