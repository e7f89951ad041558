package io.brigade.engine.animation;

/**
 * Blends two values of a type. Implementations are pure and thread-safe; a track compares its
 * interpolator with {@code equals}, so share the constants in {@link Interpolators} rather than
 * creating new lambdas.
 */
@FunctionalInterface
public interface Interpolator<T> {

    /** The value a fraction {@code t} (0 gives {@code a}, 1 gives {@code b}) of the way from a to b. */
    T interpolate(T a, T b, double t);
}
