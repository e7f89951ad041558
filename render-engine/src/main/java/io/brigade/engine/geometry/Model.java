package io.brigade.engine.geometry;

import java.util.List;

/** An immutable drawable model: one or more mesh parts, each with its own material. */
public record Model(List<MeshPart> parts) {

    public Model {
        parts = List.copyOf(parts);
    }

    public static Model of(MeshPart... parts) {
        return new Model(List.of(parts));
    }

    public int triangleCount() {
        return parts.stream().mapToInt(p -> p.mesh().triangleCount()).sum();
    }
}
