package io.brigade.engine.shading;

/** What a texture lookup does with coordinates outside [0, 1]. */
public enum WrapMode {
    /** Tile the texture. */
    REPEAT,
    /** Repeat the edge texels. */
    CLAMP
}
