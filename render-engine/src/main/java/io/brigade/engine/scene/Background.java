package io.brigade.engine.scene;

import io.brigade.engine.math.Color;

import java.util.Objects;

/** What the frame shows where no geometry is: a vertical gradient from top to bottom (equal colours: solid). */
public record Background(Color top, Color bottom) {

    public Background {
        Objects.requireNonNull(top, "top");
        Objects.requireNonNull(bottom, "bottom");
    }

    public static Background solid(Color color) {
        return new Background(color, color);
    }

    public boolean isSolid() {
        return top.equals(bottom);
    }
}
