package io.brigade.engine.geometry.primitive;

/**
 * A primitive a scene asks for that cannot be built: an unknown kind, an unknown parameter or a
 * value out of range. The message starts with the place, e.g.
 * {@code sphere.segments: must be an integer between 3 and 4096, got 2}.
 */
public final class PrimitiveException extends Exception {

    private static final long serialVersionUID = 1L;

    public PrimitiveException(String message) {
        super(message);
    }
}
