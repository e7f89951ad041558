package io.brigade.engine.shading;

import io.brigade.engine.math.Color;
import io.brigade.engine.math.Vec3;

import java.util.Objects;

/** A light infinitely far away; {@code direction} is the way its light travels (sun rays). */
public record DirectionalLight(Vec3 direction, Color color, double intensity) implements Light {
    public DirectionalLight {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(color, "color");
        if (direction.length() == 0) {
            throw new IllegalArgumentException("direction must not be the zero vector");
        }
        direction = direction.normalize();
    }
}
