package io.brigade.engine.raster;

import io.brigade.engine.shading.ShadingMode;

/** The per-vertex attributes interpolated across triangles, by shading mode. */
final class Varyings {

    // PHONG:   world position (3), world normal (3), uv (2)
    // GOURAUD: diffuse light (3), specular light (3), uv (2)
    // FLAT:    world position (3), uv (2)
    static final int PHONG_STRIDE = 8;
    static final int GOURAUD_STRIDE = 8;
    static final int FLAT_STRIDE = 5;

    private Varyings() {
    }

    static int stride(ShadingMode mode) {
        return switch (mode) {
            case PHONG -> PHONG_STRIDE;
            case GOURAUD -> GOURAUD_STRIDE;
            case FLAT -> FLAT_STRIDE;
        };
    }

    /** Offset of u within a vertex's varyings (v follows it). */
    static int uvOffset(ShadingMode mode) {
        return mode == ShadingMode.FLAT ? 3 : 6;
    }
}
