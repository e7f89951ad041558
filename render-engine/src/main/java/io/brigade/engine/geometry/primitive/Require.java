package io.brigade.engine.geometry.primitive;

/** Argument checks for {@link Primitives}, with messages that name the argument. */
final class Require {

    private Require() {
    }

    static double length(String name, double value) {
        PrimitiveParameter rule = PrimitiveParameter.length(name, Primitives.MIN_LENGTH); // only its range matters here
        if (!rule.accepts(value)) {
            throw new IllegalArgumentException(rule.problemWith(value));
        }
        return value;
    }

    static int count(String name, int value, int min, int max) {
        PrimitiveParameter rule = PrimitiveParameter.count(name, min, min, max); // only its range matters here
        if (!rule.accepts(value)) {
            throw new IllegalArgumentException(rule.problemWith(value));
        }
        return value;
    }
}
