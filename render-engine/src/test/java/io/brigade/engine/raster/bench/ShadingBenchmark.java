package io.brigade.engine.raster.bench;

import io.brigade.engine.camera.Camera;
import io.brigade.engine.geometry.Mesh;
import io.brigade.engine.geometry.MeshPart;
import io.brigade.engine.geometry.Model;
import io.brigade.engine.geometry.primitive.Primitives;
import io.brigade.engine.math.Color;
import io.brigade.engine.math.Mat4;
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
import io.brigade.engine.shading.Texture;
import io.brigade.engine.shading.WrapMode;
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
 * Per-pixel shading at 1920x1080 on the peers' workload (see {@code ../shared/peers/README.md} and the
 * {@code bench-peer-*.scene.json} scenes): a sphere of about 484k visible samples, camera at (-1, 0, 2),
 * one frame per operation on one thread.
 * <ul>
 *   <li>{@code diffuse}: 2,500 triangles, per-pixel Lambert under one directional light (the peers' MODE 0).</li>
 *   <li>{@code diffuse-70k}: the same with 69,960 triangles.</li>
 *   <li>{@code blinn-phong}: a point light with highlights (shininess 32).</li>
 *   <li>{@code textured}: the diffuse frame times a bilinear-filtered 256x256 texture.</li>
 *   <li>{@code gouraud}, {@code flat}: the diffuse frame lit per vertex, per face.</li>
 * </ul>
 * Run: see the README ("Micro-benchmarks").
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ShadingBenchmark {

    @Param({"diffuse", "blinn-phong", "textured", "diffuse-70k", "gouraud", "flat"})
    public String workload;

    private final FrameRenderer renderer = new FrameRenderer();
    private FramePose pose;
    private RenderSettings settings;
    private int[] frame;

    @Setup
    public void prepare() {
        Color albedo = new Color(0.8, 0.7, 0.6);
        Mesh sphere = workload.equals("diffuse-70k") ? Primitives.uvSphere(0.78, 265, 133) : Primitives.uvSphere(0.78, 50, 26);
        Material material = switch (workload) {
            case "blinn-phong" -> new Material("shiny", albedo, new Color(0.5, 0.5, 0.5), 32, null);
            case "textured" -> new Material("textured", albedo, Color.BLACK, 1, checker());
            default -> new Material("matte", albedo, Color.BLACK, 1, null);
        };
        List<Light> lights = workload.equals("blinn-phong")
                ? List.of(new PointLight(new Vec3(1, 1, 2), Color.WHITE, 1, 4))
                : List.of(new DirectionalLight(new Vec3(-1, -1, -1), Color.WHITE, 1));
        ShadingMode shading = switch (workload) {
            case "gouraud" -> ShadingMode.GOURAUD;
            case "flat" -> ShadingMode.FLAT;
            default -> ShadingMode.PHONG;
        };
        Camera camera = new Camera(new Vec3(-1, 0, 2), Vec3.ZERO, Vec3.UNIT_Y, 54.14326, 0.5, 10);
        DrawItem ball = new DrawItem(0, "ball", Model.of(new MeshPart("ball", sphere, material)), Mat4.IDENTITY);
        pose = new FramePose(0, camera, lights, new Color(0.4, 0.4, 0.4), List.of(ball));
        settings = new RenderSettings(1920, 1080, 24, 0, 0, 1, shading,
                Background.solid(new Color(0xd1 / 255.0, 0xc3 / 255.0, 0xb1 / 255.0)), false);
        frame = new int[settings.width() * settings.height()];
    }

    private static Texture checker() {
        int size = 256;
        int[] texels = new int[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                texels[y * size + x] = ((x / 32 + y / 32) % 2 == 0) ? 0xffe8e0d0 : 0xff505868;
            }
        }
        return Texture.of("checker", size, size, texels, WrapMode.REPEAT);
    }

    @Benchmark
    public RenderStats renderFrame() {
        return renderer.render(pose, settings, Region.full(settings.width(), settings.height()), frame, CancellationToken.NONE);
    }
}
