package io.brigade.engine.geometry;

/** Area-weighted vertex normals: each vertex gets the normalized sum of its faces' cross products. */
final class SmoothNormals {

    private SmoothNormals() {
    }

    static float[] compute(float[] positions, int[] indices) {
        float[] n = new float[positions.length];
        for (int t = 0; t < indices.length; t += 3) {
            int a = indices[t] * 3, b = indices[t + 1] * 3, c = indices[t + 2] * 3;
            float e1x = positions[b] - positions[a], e1y = positions[b + 1] - positions[a + 1], e1z = positions[b + 2] - positions[a + 2];
            float e2x = positions[c] - positions[a], e2y = positions[c + 1] - positions[a + 1], e2z = positions[c + 2] - positions[a + 2];
            // the cross product's length is twice the triangle's area, which is the weighting we want
            float fx = e1y * e2z - e1z * e2y, fy = e1z * e2x - e1x * e2z, fz = e1x * e2y - e1y * e2x;
            accumulate(n, a, fx, fy, fz);
            accumulate(n, b, fx, fy, fz);
            accumulate(n, c, fx, fy, fz);
        }
        for (int v = 0; v < n.length; v += 3) {
            float len = (float) Math.sqrt(n[v] * n[v] + n[v + 1] * n[v + 1] + n[v + 2] * n[v + 2]);
            if (len > 0) {
                n[v] /= len;
                n[v + 1] /= len;
                n[v + 2] /= len;
            } else {
                n[v + 1] = 1; // a vertex on no face, or only on degenerate ones: any unit vector will do
            }
        }
        return n;
    }

    private static void accumulate(float[] n, int v, float x, float y, float z) {
        n[v] += x;
        n[v + 1] += y;
        n[v + 2] += z;
    }
}
