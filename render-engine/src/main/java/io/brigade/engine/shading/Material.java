package io.brigade.engine.shading;

import io.brigade.engine.math.Color;

import java.util.Objects;

/**
 * An immutable Blinn-Phong material. {@code diffuseTexture} may be null (no texture); when present
 * it is multiplied with {@code diffuse}. A {@code doubleSided} material is drawn from behind as well,
 * lit on its back with the normal turned towards the viewer; otherwise back faces are culled.
 */
public record Material(String name, Color diffuse, Color specular, double shininess, Texture diffuseTexture,
                       boolean doubleSided) {

    public static final Material DEFAULT = new Material("default", new Color(0.8, 0.8, 0.8), new Color(0.2, 0.2, 0.2), 32, null);

    public Material {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(diffuse, "diffuse");
        Objects.requireNonNull(specular, "specular");
        if (!(shininess >= 0)) {
            throw new IllegalArgumentException("shininess must be >= 0, got " + shininess);
        }
    }

    /** A single-sided material: back faces are culled. */
    public Material(String name, Color diffuse, Color specular, double shininess, Texture diffuseTexture) {
        this(name, diffuse, specular, shininess, diffuseTexture, false);
    }

    public static Material diffuse(String name, Color color) {
        return new Material(name, color, new Color(0.25, 0.25, 0.25), 48, null);
    }

    public boolean hasTexture() {
        return diffuseTexture != null;
    }

    public Material withDiffuse(Color color) {
        return new Material(name, color, specular, shininess, diffuseTexture, doubleSided);
    }

    public Material withTexture(Texture texture) {
        return new Material(name, diffuse, specular, shininess, texture, doubleSided);
    }

    public Material withDoubleSided(boolean drawBackFaces) {
        return new Material(name, diffuse, specular, shininess, diffuseTexture, drawBackFaces);
    }
}
