package io.brigade.engine.shading;

import io.brigade.engine.math.Color;
import io.brigade.engine.math.Vec3;

import java.util.Objects;

/**
 * A light at a point. Its strength falls off as {@code 1 / (1 + (d / range)^2)}: full at the light,
 * half at {@code range}, and smooth everywhere (no singularity at d = 0).
 */
public record PointLight(Vec3 position, Color color, double intensity, double range) implements Light {
    public PointLight {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(color, "color");
        if (!(range > 0)) {
            throw new IllegalArgumentException("range must be > 0, got " + range);
        }
    }

    public double attenuation(double distance) {
        double d = distance / range;
        return 1 / (1 + d * d);
    }
}
