package io.brigade.engine.schedule;

import io.brigade.engine.camera.Camera;
import io.brigade.engine.geometry.Mesh;
import io.brigade.engine.geometry.MeshPart;
import io.brigade.engine.geometry.Model;
import io.brigade.engine.math.Color;
import io.brigade.engine.math.Mat4;
import io.brigade.engine.math.Quat;
import io.brigade.engine.math.Vec3;
import io.brigade.engine.raster.FrameRenderer;
import io.brigade.engine.raster.RenderedFrame;
import io.brigade.engine.scene.Background;
import io.brigade.engine.scene.DrawItem;
import io.brigade.engine.scene.FramePose;
import io.brigade.engine.scene.RenderSettings;
import io.brigade.engine.shading.DirectionalLight;
import io.brigade.engine.shading.Material;
import io.brigade.engine.shading.ShadingMode;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/** Hand-made meshes and animated poses for scheduler tests: a spinning cube over a floor grid. */
final class TestScenes {

    static final Camera CAMERA = new Camera(new Vec3(0, 1.5, 5), Vec3.ZERO, Vec3.UNIT_Y, 45, 0.1, 100);
    static final Background SKY = new Background(new Color(0.5, 0.7, 1.0), new Color(0.1, 0.1, 0.2));

    /** 32x24, 2x2 supersampled, frames 0..11. */
    static final RenderSettings TINY = new RenderSettings(32, 24, 24, 0, 11, 2, ShadingMode.PHONG, SKY, false);

    private static final Mesh CUBE = cube();
    private static final Mesh FLOOR = grid(8);

    private TestScenes() {
    }

    /** The spinning cube: its rotation and position depend on the frame number. */
    static IntFunction<FramePose> spinningCube() {
        return frame -> pose(frame, CUBE);
    }

    /** A camera-facing grid of {@code cells} x {@code cells} quads (2 triangles each) that tilts with the frame. */
    static IntFunction<FramePose> tiltingGrid(int cells) {
        Mesh grid = grid(cells);
        return frame -> new FramePose(frame, CAMERA, List.of(light()), new Color(0.1, 0.1, 0.1), List.of(
                new DrawItem(0, "grid", Model.of(new MeshPart("grid", grid, Material.diffuse("g", new Color(0.3, 0.8, 0.4)))),
                        Mat4.rotation(Quat.fromAxisAngle(Vec3.UNIT_X, 70 + frame % 20)).multiply(Mat4.scale(new Vec3(2, 1, 2))))));
    }

    /** Each frame rendered whole by a fresh renderer on this thread: what any schedule must reproduce. */
    static List<RenderedFrame> reference(IntFunction<FramePose> poses, RenderSettings settings) {
        List<RenderedFrame> frames = new ArrayList<>();
        FrameRenderer renderer = new FrameRenderer();
        for (int frame = settings.startFrame(); frame <= settings.endFrame(); frame++) {
            frames.add(renderer.render(poses.apply(frame), settings, CancellationToken.NONE));
        }
        return frames;
    }

    private static FramePose pose(int frame, Mesh cube) {
        Mat4 spin = Mat4.trs(new Vec3(0.1 * (frame % 7) - 0.3, 0, 0), Quat.fromEulerDegrees(20, frame * 15, 0),
                new Vec3(0.8, 0.8, 0.8));
        Mat4 floor = Mat4.trs(new Vec3(0, -1, 0), Quat.IDENTITY, new Vec3(3, 1, 3));
        return new FramePose(frame, CAMERA, List.of(light()), new Color(0.1, 0.1, 0.1), List.of(
                new DrawItem(0, "cube", Model.of(new MeshPart("cube", cube, Material.diffuse("red", new Color(0.9, 0.2, 0.1)))), spin),
                new DrawItem(1, "floor", Model.of(new MeshPart("floor", FLOOR, Material.diffuse("grey", new Color(0.6, 0.6, 0.6)))), floor)));
    }

    private static DirectionalLight light() {
        return new DirectionalLight(new Vec3(-0.3, -1, -0.5), Color.WHITE, 1);
    }

    /** A cube from -1 to 1; vertex i has x = +1 when bit 0 is set, y when bit 1, z when bit 2. */
    static Mesh cube() {
        float[] positions = new float[24];
        for (int i = 0; i < 8; i++) {
            positions[i * 3] = (i & 1) != 0 ? 1 : -1;
            positions[i * 3 + 1] = (i & 2) != 0 ? 1 : -1;
            positions[i * 3 + 2] = (i & 4) != 0 ? 1 : -1;
        }
        int[] faces = {
            4, 5, 7, 4, 7, 6, // +z
            1, 0, 2, 1, 2, 3, // -z
            5, 1, 3, 5, 3, 7, // +x
            0, 4, 6, 0, 6, 2, // -x
            6, 7, 3, 6, 3, 2, // +y
            0, 1, 5, 0, 5, 4, // -y
        };
        return Mesh.of(positions, null, null, faces);
    }

    /** A square from -1 to 1 in the XZ plane facing +Y, cut into {@code cells} x {@code cells} quads. */
    static Mesh grid(int cells) {
        int n = cells + 1;
        float[] positions = new float[n * n * 3];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                int v = (j * n + i) * 3;
                positions[v] = -1 + 2f * i / cells;
                positions[v + 2] = -1 + 2f * j / cells;
            }
        }
        int[] indices = new int[cells * cells * 6];
        int k = 0;
        for (int j = 0; j < cells; j++) {
            for (int i = 0; i < cells; i++) {
                int a = j * n + i, b = a + 1, c = a + n, d = c + 1;
                indices[k++] = a;
                indices[k++] = c;
                indices[k++] = b;
                indices[k++] = b;
                indices[k++] = c;
                indices[k++] = d;
            }
        }
        return Mesh.of(positions, null, null, indices);
    }
}
