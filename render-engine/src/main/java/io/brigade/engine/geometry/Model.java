package io.brigade.engine.geometry;

import java.util.List;

/**
 * An immutable drawable model: one or more mesh parts, each with its own material, and the warnings
 * its loading gave (a side file that was missing, say), each reading {@code file:line: what}.
 */
public record Model(List<MeshPart> parts, List<String> warnings) {

    public Model {
        parts = List.copyOf(parts);
        warnings = List.copyOf(warnings);
    }

    /** A model that loaded without warnings. */
    public Model(List<MeshPart> parts) {
        this(parts, List.of());
    }

    public static Model of(MeshPart... parts) {
        return new Model(List.of(parts));
    }

    public int triangleCount() {
        return parts.stream().mapToInt(p -> p.mesh().triangleCount()).sum();
    }
}
