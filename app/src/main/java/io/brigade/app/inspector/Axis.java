package io.brigade.app.inspector;

import io.brigade.engine.math.Vec3;

/** One component of a vector the inspector edits. */
public enum Axis {
    X, Y, Z;

    public double of(Vec3 v) {
        return switch (this) {
            case X -> v.x();
            case Y -> v.y();
            case Z -> v.z();
        };
    }

    /** {@code v} with this component set to {@code value}. */
    public Vec3 with(Vec3 v, double value) {
        return switch (this) {
            case X -> new Vec3(value, v.y(), v.z());
            case Y -> new Vec3(v.x(), value, v.z());
            case Z -> new Vec3(v.x(), v.y(), value);
        };
    }
}
