package io.brigade.engine.animation;

import java.util.Objects;

/**
 * A value at a moment. {@code interpolation} governs the segment from this key to the next one;
 * on a track's last key it has no effect.
 */
public record Keyframe<T>(double time, T value, Interpolation interpolation) {

    public Keyframe {
        if (!(time >= 0) || Double.isInfinite(time)) {
            throw new IllegalArgumentException("keyframe time must be a finite number of seconds >= 0, got " + time);
        }
        time += 0.0; // -0.0 becomes 0.0, so equal times compare equal
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(interpolation, "interpolation");
    }

    /** A key that moves on linearly. */
    public static <T> Keyframe<T> of(double time, T value) {
        return new Keyframe<>(time, value, Interpolation.LINEAR);
    }

    public Keyframe<T> withValue(T newValue) {
        return new Keyframe<>(time, newValue, interpolation);
    }

    public Keyframe<T> withInterpolation(Interpolation newInterpolation) {
        return new Keyframe<>(time, value, newInterpolation);
    }
}
