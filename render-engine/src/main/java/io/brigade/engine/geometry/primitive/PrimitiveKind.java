package io.brigade.engine.geometry.primitive;

import io.brigade.engine.geometry.Mesh;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static io.brigade.engine.geometry.primitive.PrimitiveParameter.count;
import static io.brigade.engine.geometry.primitive.PrimitiveParameter.length;
import static io.brigade.engine.geometry.primitive.Primitives.MAX_PLANE_SUBDIVISIONS;
import static io.brigade.engine.geometry.primitive.Primitives.MAX_RINGS;
import static io.brigade.engine.geometry.primitive.Primitives.MAX_SEGMENTS;
import static io.brigade.engine.geometry.primitive.Primitives.MAX_TEAPOT_SUBDIVISIONS;
import static io.brigade.engine.geometry.primitive.Primitives.MAX_TUBE_SEGMENTS;
import static io.brigade.engine.geometry.primitive.Primitives.MIN_RINGS;
import static io.brigade.engine.geometry.primitive.Primitives.MIN_SEGMENTS;
import static io.brigade.engine.geometry.primitive.Primitives.MIN_TEAPOT_SUBDIVISIONS;
import static io.brigade.engine.geometry.primitive.Primitives.MIN_TUBE_SEGMENTS;

/** The primitives a scene can name, each with its parameters in the order {@link Primitives} takes them. */
public enum PrimitiveKind {

    CUBE("cube", v -> Primitives.cube(v[0]),
            length("size", 2)),
    SPHERE("sphere", v -> Primitives.uvSphere(v[0], (int) v[1], (int) v[2]),
            length("radius", 1), count("segments", 32, MIN_SEGMENTS, MAX_SEGMENTS), count("rings", 16, MIN_RINGS, MAX_RINGS)),
    TORUS("torus", v -> Primitives.torus(v[0], v[1], (int) v[2], (int) v[3]),
            length("majorRadius", 1), length("minorRadius", 0.25),
            count("majorSegments", 48, MIN_SEGMENTS, MAX_SEGMENTS), count("minorSegments", 24, MIN_TUBE_SEGMENTS, MAX_TUBE_SEGMENTS)),
    PLANE("plane", v -> Primitives.plane(v[0], v[1], (int) v[2], (int) v[3]),
            length("width", 2), length("depth", 2),
            count("subdivisionsX", 1, 1, MAX_PLANE_SUBDIVISIONS), count("subdivisionsZ", 1, 1, MAX_PLANE_SUBDIVISIONS)),
    CYLINDER("cylinder", v -> Primitives.cylinder(v[0], v[1], (int) v[2]),
            length("radius", 1), length("height", 2), count("segments", 32, MIN_SEGMENTS, MAX_SEGMENTS)),
    TEAPOT("teapot", v -> Primitives.teapot((int) v[0]),
            count("subdivisions", 8, MIN_TEAPOT_SUBDIVISIONS, MAX_TEAPOT_SUBDIVISIONS));

    private final String id;
    private final Function<double[], Mesh> builder;
    private final List<PrimitiveParameter> parameters;

    PrimitiveKind(String id, Function<double[], Mesh> builder, PrimitiveParameter... parameters) {
        this.id = id;
        this.builder = builder;
        this.parameters = List.of(parameters);
    }

    /** The name a scene file uses, e.g. {@code "sphere"}. */
    public String id() {
        return id;
    }

    public List<PrimitiveParameter> parameters() {
        return parameters;
    }

    /** Parameter names with their default values, in order. */
    public Map<String, Double> defaults() {
        Map<String, Double> defaults = new LinkedHashMap<>();
        parameters.forEach(p -> defaults.put(p.name(), p.defaultValue()));
        return Collections.unmodifiableMap(defaults);
    }

    public static Optional<PrimitiveKind> byId(String id) {
        for (PrimitiveKind kind : values()) {
            if (kind.id.equals(id)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** Builds the mesh from values already checked against {@link #parameters()}, in that order. */
    Mesh build(double[] values) {
        return builder.apply(values);
    }
}
