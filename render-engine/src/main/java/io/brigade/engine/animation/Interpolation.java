package io.brigade.engine.animation;

/** How a value travels from one keyframe to the next. */
public enum Interpolation {
    /** Hold the earlier key's value until the next key is reached. */
    STEP,
    /** Constant speed. */
    LINEAR,
    /** Ease in and out (smoothstep): starts and ends at rest. */
    SMOOTH;

    /**
     * Maps the linear segment parameter {@code t} in [0, 1] to the blend weight of the later key.
     * STEP always answers 0: the earlier value holds for the whole segment.
     */
    public double ease(double t) {
        return switch (this) {
            case STEP -> 0;
            case LINEAR -> t;
            case SMOOTH -> t * t * (3 - 2 * t);
        };
    }
}
