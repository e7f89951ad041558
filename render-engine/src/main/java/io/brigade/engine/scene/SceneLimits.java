package io.brigade.engine.scene;

/**
 * Values a scene may hold and still render. Finite but absurd values (a translation of 1e308, a scale
 * of 0) would give an empty frame without a word, so the scene reader refuses them and the editor
 * refuses to set them, with the same rule.
 */
public final class SceneLimits {

    /**
     * The largest coordinate (translation, scale, position, direction, angle) whose square still fits
     * in the renderer's float arithmetic: 1.8e19, just under the square root of {@link Float#MAX_VALUE}.
     */
    public static final double MAX_COORDINATE = 1.8e19;

    private SceneLimits() {
    }

    /** Why {@code value} cannot be a coordinate, or null when it can. */
    public static String coordinateProblem(double value) {
        if (!Double.isFinite(value)) {
            return "must be a finite number, got " + value;
        }
        return Math.abs(value) > MAX_COORDINATE
                ? "got " + value + ", too large to render: values must lie within +-" + MAX_COORDINATE : null;
    }

    /** Why {@code value} cannot be a scale along one axis, or null when it can. */
    public static String scaleProblem(double value) {
        String problem = coordinateProblem(value);
        return problem == null && value == 0 ? "must not be 0 (the object would vanish)" : problem;
    }
}
