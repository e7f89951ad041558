package io.brigade.engine.raster;

import io.brigade.engine.geometry.Mesh;
import io.brigade.engine.shading.ShadingMode;
import io.brigade.engine.shading.SurfaceShader;

/**
 * Transforms a mesh's vertices to clip space and computes their varyings. The output arrays are
 * scratch space reused across meshes and frames.
 */
final class VertexStage {

    float[] clip = new float[0];     // x, y, z, w per vertex
    float[] varyings = new float[0]; // stride per vertex, see Varyings
    int stride;

    /**
     * @param mvp    model-view-projection, row-major 4x4
     * @param world  model-to-world, row-major 4x4
     * @param normal the inverse transpose of world's upper 3x3, row-major 3x3
     */
    void run(Mesh mesh, float[] mvp, float[] world, float[] normal, ShadingMode mode, SurfaceShader shader) {
        int n = mesh.vertexCount();
        stride = Varyings.stride(mode);
        if (clip.length < n * 4) {
            clip = new float[n * 4];
        }
        if (varyings.length < n * stride) {
            varyings = new float[n * stride];
        }
        float[] c = clip;
        float[] v = varyings;
        for (int i = 0; i < n; i++) {
            float x = mesh.px(i), y = mesh.py(i), z = mesh.pz(i);
            int ci = i * 4;
            c[ci] = mvp[0] * x + mvp[1] * y + mvp[2] * z + mvp[3];
            c[ci + 1] = mvp[4] * x + mvp[5] * y + mvp[6] * z + mvp[7];
            c[ci + 2] = mvp[8] * x + mvp[9] * y + mvp[10] * z + mvp[11];
            c[ci + 3] = mvp[12] * x + mvp[13] * y + mvp[14] * z + mvp[15];
            float wx = world[0] * x + world[1] * y + world[2] * z + world[3];
            float wy = world[4] * x + world[5] * y + world[6] * z + world[7];
            float wz = world[8] * x + world[9] * y + world[10] * z + world[11];
            int vi = i * stride;
            if (mode == ShadingMode.FLAT) {
                v[vi] = wx;
                v[vi + 1] = wy;
                v[vi + 2] = wz;
                v[vi + 3] = mesh.u(i);
                v[vi + 4] = mesh.v(i);
                continue;
            }
            float nx = mesh.nx(i), ny = mesh.ny(i), nz = mesh.nz(i);
            float tnx = normal[0] * nx + normal[1] * ny + normal[2] * nz;
            float tny = normal[3] * nx + normal[4] * ny + normal[5] * nz;
            float tnz = normal[6] * nx + normal[7] * ny + normal[8] * nz;
            if (mode == ShadingMode.PHONG) {
                v[vi] = wx;
                v[vi + 1] = wy;
                v[vi + 2] = wz;
                v[vi + 3] = tnx;
                v[vi + 4] = tny;
                v[vi + 5] = tnz;
            } else {
                shader.light(tnx, tny, tnz, wx, wy, wz);
                System.arraycopy(shader.lit, 0, v, vi, 6);
            }
            v[vi + 6] = mesh.u(i);
            v[vi + 7] = mesh.v(i);
        }
    }
}
