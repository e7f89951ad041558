package io.brigade.engine.geometry;

import io.brigade.engine.shading.Material;

import java.util.Objects;

/** One mesh of a model with the material it is drawn with (an OBJ {@code usemtl} group, say). */
public record MeshPart(String name, Mesh mesh, Material material) {
    public MeshPart {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mesh, "mesh");
        Objects.requireNonNull(material, "material");
    }
}
