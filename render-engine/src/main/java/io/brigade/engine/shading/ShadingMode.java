package io.brigade.engine.shading;

/** How lighting is evaluated across a triangle. */
public enum ShadingMode {
    /** One colour per triangle, lit with the face normal. */
    FLAT,
    /** Lighting evaluated at the vertices and interpolated (Gouraud). */
    GOURAUD,
    /** Blinn-Phong lighting evaluated per pixel with interpolated normals. */
    PHONG
}
