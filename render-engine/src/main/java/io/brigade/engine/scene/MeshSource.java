package io.brigade.engine.scene;

/**
 * Where an object's geometry comes from, as written in a scene file: a procedural primitive with its
 * parameters, or an OBJ file whose path is relative to the scene file.
 */
public sealed interface MeshSource permits MeshSource.Primitive, MeshSource.ObjFile {

    /** A procedural primitive: {@code kind} is cube, sphere, torus, plane, cylinder or teapot. */
    record Primitive(String kind, java.util.Map<String, Double> parameters) implements MeshSource {
        public Primitive {
            java.util.Objects.requireNonNull(kind, "kind");
            parameters = java.util.Map.copyOf(parameters);
        }
    }

    /** An OBJ model file; {@code path} exactly as written in the scene (relative to the scene file's folder). */
    record ObjFile(String path) implements MeshSource {
        public ObjFile {
            java.util.Objects.requireNonNull(path, "path");
        }
    }
}
