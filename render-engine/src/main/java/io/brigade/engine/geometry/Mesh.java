package io.brigade.engine.geometry;

import io.brigade.engine.math.Vec3;

import java.util.Arrays;

/**
 * An immutable indexed triangle mesh: per-vertex positions, normals and texture coordinates,
 * and three vertex indices per triangle (counter-clockwise front faces).
 *
 * <p>The arrays are owned by the mesh and never exposed; accessors are small enough for the JIT
 * to inline in the rasterizer's vertex loop.
 */
public final class Mesh {

    private final float[] positions; // x, y, z per vertex
    private final float[] normals;   // x, y, z per vertex, unit length
    private final float[] uvs;       // u, v per vertex
    private final int[] indices;     // a, b, c per triangle

    private Mesh(float[] positions, float[] normals, float[] uvs, int[] indices) {
        this.positions = positions;
        this.normals = normals;
        this.uvs = uvs;
        this.indices = indices;
    }

    /**
     * Builds a mesh from copies of the given arrays. {@code normals} may be null, in which case
     * smooth normals are computed; {@code uvs} may be null, in which case every UV is (0, 0).
     */
    public static Mesh of(float[] positions, float[] normals, float[] uvs, int[] indices) {
        if (positions.length % 3 != 0) {
            throw new IllegalArgumentException("positions length must be a multiple of 3: " + positions.length);
        }
        if (indices.length % 3 != 0) {
            throw new IllegalArgumentException("indices length must be a multiple of 3: " + indices.length);
        }
        int vertexCount = positions.length / 3;
        if (normals != null && normals.length != vertexCount * 3) {
            throw new IllegalArgumentException("expected " + vertexCount * 3 + " normal components, got " + normals.length);
        }
        if (uvs != null && uvs.length != vertexCount * 2) {
            throw new IllegalArgumentException("expected " + vertexCount * 2 + " uv components, got " + uvs.length);
        }
        for (int i = 0; i < indices.length; i++) {
            if (indices[i] < 0 || indices[i] >= vertexCount) {
                throw new IllegalArgumentException("index " + indices[i] + " at " + i + " is outside 0.." + (vertexCount - 1));
            }
        }
        float[] p = positions.clone();
        int[] idx = indices.clone();
        float[] n = normals == null ? SmoothNormals.compute(p, idx) : normals.clone();
        float[] t = uvs == null ? new float[vertexCount * 2] : uvs.clone();
        return new Mesh(p, n, t, idx);
    }

    public int vertexCount() {
        return positions.length / 3;
    }

    public int triangleCount() {
        return indices.length / 3;
    }

    public float px(int vertex) {
        return positions[vertex * 3];
    }

    public float py(int vertex) {
        return positions[vertex * 3 + 1];
    }

    public float pz(int vertex) {
        return positions[vertex * 3 + 2];
    }

    public float nx(int vertex) {
        return normals[vertex * 3];
    }

    public float ny(int vertex) {
        return normals[vertex * 3 + 1];
    }

    public float nz(int vertex) {
        return normals[vertex * 3 + 2];
    }

    public float u(int vertex) {
        return uvs[vertex * 2];
    }

    public float v(int vertex) {
        return uvs[vertex * 2 + 1];
    }

    /** The vertex index of corner {@code corner} (0..2) of triangle {@code triangle}. */
    public int index(int triangle, int corner) {
        return indices[triangle * 3 + corner];
    }

    public Vec3 position(int vertex) {
        return new Vec3(px(vertex), py(vertex), pz(vertex));
    }

    public Vec3 normal(int vertex) {
        return new Vec3(nx(vertex), ny(vertex), nz(vertex));
    }

    /** The same mesh with its normals recomputed as area-weighted smooth normals. */
    public Mesh withSmoothNormals() {
        return new Mesh(positions, SmoothNormals.compute(positions, indices), uvs, indices);
    }

    /** Axis-aligned bounds: {minX, minY, minZ, maxX, maxY, maxZ}; all zero for an empty mesh. */
    public float[] bounds() {
        if (positions.length == 0) {
            return new float[6];
        }
        float[] b = {Float.MAX_VALUE, Float.MAX_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE};
        for (int i = 0; i < positions.length; i += 3) {
            for (int a = 0; a < 3; a++) {
                b[a] = Math.min(b[a], positions[i + a]);
                b[a + 3] = Math.max(b[a + 3], positions[i + a]);
            }
        }
        return b;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Mesh m && Arrays.equals(positions, m.positions) && Arrays.equals(normals, m.normals)
                && Arrays.equals(uvs, m.uvs) && Arrays.equals(indices, m.indices);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(indices) * 31 + Arrays.hashCode(positions);
    }

    @Override
    public String toString() {
        return "Mesh[" + vertexCount() + " vertices, " + triangleCount() + " triangles]";
    }
}
