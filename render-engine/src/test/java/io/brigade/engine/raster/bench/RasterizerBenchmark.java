package io.brigade.engine.raster.bench;

import io.brigade.engine.camera.Camera;
import io.brigade.engine.geometry.Mesh;
import io.brigade.engine.geometry.MeshPart;
import io.brigade.engine.geometry.Model;
import io.brigade.engine.geometry.primitive.Primitives;
import io.brigade.engine.math.Color;
import io.brigade.engine.math.Mat4;
import io.brigade.engine.math.Quat;
import io.brigade.engine.math.Vec3;
import io.brigade.engine.raster.FrameRenderer;
import io.brigade.engine.raster.RenderStats;
import io.brigade.engine.raster.Region;
import io.brigade.engine.scene.Background;
import io.brigade.engine.scene.DrawItem;
import io.brigade.engine.scene.FramePose;
import io.brigade.engine.scene.RenderSettings;
import io.brigade.engine.schedule.CancellationToken;
import io.brigade.engine.shading.DirectionalLight;
import io.brigade.engine.shading.Light;
import io.brigade.engine.shading.Material;
import io.brigade.engine.shading.PointLight;
import io.brigade.engine.shading.ShadingMode;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The rasterizer's hot paths, one at a time, on a 1280x720 frame:
 * <ul>
 *   <li>{@code setup}: a million tiny triangles (a fine grid filling the view): vertex transform,
 *       projection, culling and triangle setup dominate.</li>
 *   <li>{@code fill}: a few huge flat-shaded triangles: span finding, depth test and stores.</li>
 *   <li>{@code shading}: the same coverage with per-pixel Blinn-Phong under directional and point
 *       lights with highlights: the pixel shader dominates.</li>
 * </ul>
 * Run: see the README ("Micro-benchmarks").
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RasterizerBenchmark {

    @Param({"setup", "fill", "shading"})
    public String path;

    private final FrameRenderer renderer = new FrameRenderer();
    private FramePose pose;
    private RenderSettings settings;
    private int[] frame;

    @Setup
    public void prepare() {
        Camera camera = new Camera(new Vec3(0, 0, 2.2), Vec3.ZERO, Vec3.UNIT_Y, 45, 0.1, 100);
        List<Light> lights = List.of(new DirectionalLight(new Vec3(-0.3, -0.4, -1), Color.WHITE, 0.9),
                new PointLight(new Vec3(1, 1, 1.5), new Color(0.4, 0.5, 1), 1, 2));
        Mesh mesh = switch (path) {
            case "setup" -> Primitives.plane(4, 2.4, 913, 548);
            default -> Primitives.plane(4, 2.4, 2, 2);
        };
        Material material = path.equals("shading")
                ? new Material("shiny", new Color(0.8, 0.6, 0.4), new Color(0.5, 0.5, 0.5), 40, null)
                : new Material("matte", new Color(0.8, 0.6, 0.4), Color.BLACK, 1, null);
        ShadingMode shading = path.equals("fill") ? ShadingMode.FLAT : ShadingMode.PHONG;
        DrawItem sheet = new DrawItem(0, "sheet", Model.of(new MeshPart("sheet", mesh, material)),
                Mat4.rotation(Quat.fromAxisAngle(Vec3.UNIT_X, 90)));
        pose = new FramePose(0, camera, path.equals("shading") ? lights : lights.subList(0, 1),
                new Color(0.1, 0.1, 0.1), List.of(sheet));
        settings = new RenderSettings(1280, 720, 24, 0, 0, 1, shading, Background.solid(Color.BLACK), false);
        frame = new int[settings.width() * settings.height()];
    }

    @Benchmark
    public RenderStats renderFrame() {
        return renderer.render(pose, settings, Region.full(settings.width(), settings.height()), frame, CancellationToken.NONE);
    }
}
