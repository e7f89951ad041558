package io.brigade.engine.geometry.primitive;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One named parameter of a primitive kind, with the value used when a scene leaves it out and the
 * inclusive range it must lie in; {@code integer} parameters (segment counts) take whole numbers only.
 */
public record PrimitiveParameter(String name, double defaultValue, double minimum, double maximum, boolean integer) {

    public PrimitiveParameter {
        Objects.requireNonNull(name, "name");
        if (!(minimum <= defaultValue && defaultValue <= maximum)) {
            throw new IllegalArgumentException(name + ": default " + defaultValue + " outside " + minimum + ".." + maximum);
        }
    }

    /** A length: any number from {@link Primitives#MIN_LENGTH} to {@link Primitives#MAX_LENGTH}. */
    public static PrimitiveParameter length(String name, double defaultValue) {
        return new PrimitiveParameter(name, defaultValue, Primitives.MIN_LENGTH, Primitives.MAX_LENGTH, false);
    }

    /** A whole number from {@code minimum} to {@code maximum}. */
    public static PrimitiveParameter count(String name, int defaultValue, int minimum, int maximum) {
        return new PrimitiveParameter(name, defaultValue, minimum, maximum, true);
    }

    public boolean accepts(double value) {
        return value >= minimum && value <= maximum && (!integer || value == Math.rint(value));
    }

    /** What a value must be, e.g. {@code "an integer between 3 and 4096"}. */
    public String rule() {
        return (integer ? "an integer" : "a number") + " between " + format(minimum) + " and " + format(maximum);
    }

    /** The complaint about a value this parameter does not accept, e.g. {@code "segments: must be an integer between 3 and 4096, got 2"}. */
    String problemWith(double value) {
        return name + ": must be " + rule() + ", got " + format(value);
    }

    /** A number as a person would write it: 2 rather than 2.0, 0.000001 rather than 1.0E-6. */
    static String format(double value) {
        if (!Double.isFinite(value) || Math.abs(value) >= 1e15) {
            return Double.toString(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
