package io.brigade.engine.geometry.obj;

import io.brigade.engine.geometry.Mesh;
import io.brigade.engine.geometry.MeshPart;
import io.brigade.engine.shading.Material;

/**
 * Collects the triangles of one part (one run of faces with the same name and material) and makes
 * a vertex for each distinct (position, uv, normal) corner it sees.
 */
final class PartBuilder {

    /** Stands for "this corner has no uv / no normal" in a corner triple. */
    static final int ABSENT = -1;
    /** Small, so files with thousands of tiny parts stay cheap; big parts grow by half each time. */
    private static final int INITIAL_VERTICES = 64;

    private final String name;
    private final Material material;
    private final VertexAttributes attributes;
    private final VertexTable vertexOfCorner = new VertexTable(INITIAL_VERTICES);
    private final FloatList positions = new FloatList(3 * INITIAL_VERTICES);
    private final FloatList uvs = new FloatList(2 * INITIAL_VERTICES);
    private final FloatList normals = new FloatList(3 * INITIAL_VERTICES);
    private final IntList indices = new IntList(3 * INITIAL_VERTICES);
    private boolean anyUv;
    private boolean everyNormal = true;

    PartBuilder(String name, Material material, VertexAttributes attributes) {
        this.name = name;
        this.material = material;
        this.attributes = attributes;
    }

    String name() {
        return name;
    }

    Material material() {
        return material;
    }

    /** The part's vertex for a corner, given 0-based indices into the declared attributes (uv, normal may be ABSENT). */
    int vertex(int position, int uv, int normal) {
        int count = vertexOfCorner.size();
        int vertex = vertexOfCorner.getOrAdd(position, uv, normal, count);
        if (vertex == count) {
            append(position, uv, normal);
        }
        return vertex;
    }

    private void append(int position, int uv, int normal) {
        FloatList p = attributes.positions;
        positions.add(p.get(position * 3));
        positions.add(p.get(position * 3 + 1));
        positions.add(p.get(position * 3 + 2));
        if (uv == ABSENT) {
            uvs.add(0);
            uvs.add(0);
        } else {
            anyUv = true;
            uvs.add(attributes.uvs.get(uv * 2));
            uvs.add(attributes.uvs.get(uv * 2 + 1));
        }
        if (normal == ABSENT) {
            everyNormal = false;
            normals.add(0);
            normals.add(0);
            normals.add(0);
        } else {
            FloatList n = attributes.normals;
            normals.add(n.get(normal * 3));
            normals.add(n.get(normal * 3 + 1));
            normals.add(n.get(normal * 3 + 2));
        }
    }

    void triangle(int a, int b, int c) {
        indices.add(a);
        indices.add(b);
        indices.add(c);
    }

    boolean hasTriangles() {
        return indices.size() > 0;
    }

    /** The finished part. Without a normal on every corner, all its normals are computed smooth. */
    MeshPart build() {
        Mesh mesh = Mesh.of(positions.toArray(), everyNormal ? normals.toArray() : null,
                anyUv ? uvs.toArray() : null, indices.toArray());
        return new MeshPart(name, mesh, material);
    }
}
