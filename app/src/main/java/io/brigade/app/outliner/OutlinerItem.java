package io.brigade.app.outliner;

import java.util.Objects;

/** One row of the outliner: the camera, a light or an object, with its index among its kind. */
public record OutlinerItem(Kind kind, int index, String name) {

    /** What a row stands for, with the icon it shows. */
    public enum Kind {
        CAMERA("mdi2c-camera-outline"),
        LIGHT("mdi2l-lightbulb-outline"),
        OBJECT("mdi2c-cube-outline");

        private final String iconLiteral;

        Kind(String iconLiteral) {
            this.iconLiteral = iconLiteral;
        }

        public String iconLiteral() {
            return iconLiteral;
        }
    }

    public OutlinerItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }

    /** True when this row and {@code other} stand for the same thing, whatever it is called now. */
    public boolean sameSlot(OutlinerItem other) {
        return other != null && kind == other.kind && index == other.index;
    }
}
