package io.brigade.engine.raster;

import io.brigade.engine.camera.Camera;
import io.brigade.engine.geometry.Mesh;
import io.brigade.engine.geometry.MeshPart;
import io.brigade.engine.geometry.Model;
import io.brigade.engine.math.Color;
import io.brigade.engine.math.Mat4;
import io.brigade.engine.math.Vec3;
import io.brigade.engine.scene.DrawItem;
import io.brigade.engine.scene.FramePose;
import io.brigade.engine.shading.DirectionalLight;
import io.brigade.engine.shading.Light;
import io.brigade.engine.shading.Material;

import java.util.List;

/** Small hand-made geometry and poses for rasterizer tests. */
final class TestPoses {

    static final Camera FRONT_CAMERA = new Camera(new Vec3(0, 0, 5), Vec3.ZERO, Vec3.UNIT_Y, 45, 0.1, 100);
    static final Light HEAD_LIGHT = new DirectionalLight(new Vec3(0, 0, -1), Color.WHITE, 1);

    private TestPoses() {
    }

    /** A square of side 2 in the XY plane at depth z, facing +Z (towards the default camera). */
    static Mesh square(float z) {
        return Mesh.of(new float[] {-1, -1, z, 1, -1, z, 1, 1, z, -1, 1, z}, null,
                new float[] {0, 0, 1, 0, 1, 1, 0, 1}, new int[] {0, 1, 2, 0, 2, 3});
    }

    /** A square of side {@code size} in the XZ plane at height y, facing up, divided into cells. */
    static Mesh floor(float y, float size, int cells) {
        int n = cells + 1;
        float[] p = new float[n * n * 3];
        float[] uv = new float[n * n * 2];
        int[] idx = new int[cells * cells * 6];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                int v = j * n + i;
                p[v * 3] = -size / 2 + size * i / cells;
                p[v * 3 + 1] = y;
                p[v * 3 + 2] = -size / 2 + size * j / cells;
                uv[v * 2] = (float) i / cells;
                uv[v * 2 + 1] = (float) j / cells;
            }
        }
        int k = 0;
        for (int j = 0; j < cells; j++) {
            for (int i = 0; i < cells; i++) {
                int a = j * n + i, b = a + 1, c = a + n, d = c + 1;
                // counter-clockwise seen from above (+Y): a, c, b and b, c, d
                idx[k++] = a;
                idx[k++] = c;
                idx[k++] = b;
                idx[k++] = b;
                idx[k++] = c;
                idx[k++] = d;
            }
        }
        return Mesh.of(p, null, uv, idx);
    }

    static DrawItem item(int index, Mesh mesh, Color color, Mat4 world) {
        Material material = new Material("m" + index, color, Color.BLACK, 1, null);
        return new DrawItem(index, "object" + index, Model.of(new MeshPart("part", mesh, material)), world);
    }

    static FramePose pose(Camera camera, List<DrawItem> items) {
        return new FramePose(0, camera, List.of(HEAD_LIGHT), new Color(0.1, 0.1, 0.1), items);
    }
}
