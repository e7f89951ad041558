package io.brigade.engine.geometry.primitive;

import io.brigade.engine.geometry.Mesh;

/**
 * Fills the arrays of a mesh whose vertex and triangle counts are known up front, then hands them
 * to {@link Mesh#of}. One writer builds one mesh; it allocates nothing per vertex.
 */
final class MeshWriter {

    private final float[] positions;
    private final float[] normals;
    private final float[] uvs;
    private final int[] indices;
    private int vertices;
    private int indexCursor;

    MeshWriter(long vertexCount, long triangleCount) {
        positions = new float[Math.toIntExact(vertexCount * 3)];
        normals = new float[positions.length];
        uvs = new float[Math.toIntExact(vertexCount * 2)];
        indices = new int[Math.toIntExact(triangleCount * 3)];
    }

    /** Adds a vertex and returns its index; the normal is normalized here and must not be zero. */
    int vertex(double px, double py, double pz, double nx, double ny, double nz, double u, double v) {
        int p = vertices * 3;
        positions[p] = (float) px;
        positions[p + 1] = (float) py;
        positions[p + 2] = (float) pz;
        double inverseLength = 1 / Math.sqrt(nx * nx + ny * ny + nz * nz);
        normals[p] = (float) (nx * inverseLength);
        normals[p + 1] = (float) (ny * inverseLength);
        normals[p + 2] = (float) (nz * inverseLength);
        uvs[vertices * 2] = (float) u;
        uvs[vertices * 2 + 1] = (float) v;
        return vertices++;
    }

    /** Adds a triangle; {@code a, b, c} counter-clockwise seen from its front. */
    void triangle(int a, int b, int c) {
        indices[indexCursor++] = a;
        indices[indexCursor++] = b;
        indices[indexCursor++] = c;
    }

    /**
     * Adds the two triangles of every cell of a grid of {@code (rows + 1) x (columns + 1)} vertices,
     * vertex (row, column) being {@code first + row * rowStride + column * columnStride}. The front
     * faces the side that (step to the next row) x (step to the next column) points to.
     */
    void grid(int first, int rows, int columns, int rowStride, int columnStride) {
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                int a = first + row * rowStride + column * columnStride;
                int b = a + rowStride;
                int c = b + columnStride;
                int d = a + columnStride;
                triangle(a, b, c);
                triangle(a, c, d);
            }
        }
    }

    Mesh toMesh() {
        if (vertices * 3 != positions.length || indexCursor != indices.length) {
            throw new IllegalStateException("mesh not filled as planned: " + vertices + " of " + positions.length / 3
                    + " vertices, " + indexCursor / 3 + " of " + indices.length / 3 + " triangles");
        }
        return Mesh.of(positions, normals, uvs, indices);
    }
}
