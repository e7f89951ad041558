package io.brigade.engine.geometry.primitive;

import io.brigade.engine.geometry.Mesh;
import io.brigade.engine.scene.MeshSource;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Builds the mesh a scene's {@link MeshSource.Primitive} describes, filling in defaults for absent parameters. */
public final class PrimitiveFactory {

    private PrimitiveFactory() {
    }

    /** The kinds a scene can name, in the order an editor should offer them. */
    public static List<PrimitiveKind> kinds() {
        return List.of(PrimitiveKind.values());
    }

    public static Mesh create(MeshSource.Primitive source) throws PrimitiveException {
        PrimitiveKind kind = PrimitiveKind.byId(source.kind()).orElseThrow(() -> new PrimitiveException(
                "unknown primitive kind '" + source.kind() + "'; known kinds are " + names(kinds().stream().map(PrimitiveKind::id).toList())));
        Map<String, Double> given = source.parameters();
        List<String> known = kind.parameters().stream().map(PrimitiveParameter::name).toList();
        for (String name : new TreeSet<>(given.keySet())) {
            if (!known.contains(name)) {
                throw new PrimitiveException(kind.id() + "." + name + ": unknown parameter; known parameters are " + names(known));
            }
        }
        double[] values = new double[known.size()];
        for (int i = 0; i < values.length; i++) {
            PrimitiveParameter parameter = kind.parameters().get(i);
            double value = given.getOrDefault(parameter.name(), parameter.defaultValue());
            if (!parameter.accepts(value)) {
                throw new PrimitiveException(kind.id() + "." + parameter.problemWith(value));
            }
            values[i] = value;
        }
        return kind.build(values);
    }

    private static String names(List<String> names) {
        return String.join(", ", names);
    }
}
