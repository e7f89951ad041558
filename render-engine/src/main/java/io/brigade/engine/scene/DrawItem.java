package io.brigade.engine.scene;

import io.brigade.engine.geometry.Model;
import io.brigade.engine.math.Mat4;

import java.util.Objects;

/** One object of a posed frame: its model and its model-to-world matrix (parents already applied). */
public record DrawItem(int objectIndex, String name, Model model, Mat4 world) {
    public DrawItem {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(world, "world");
    }
}
