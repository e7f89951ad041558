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
import io.brigade.engine.shading.Material;
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
 * What a double-sided material costs against a single-sided one, on a 1280x720 Phong frame:
 * <ul>
 *   <li>{@code sheet}: a million-triangle sheet seen from the front. Its back faces cover nothing, so
 *       this is the pure overhead of the second, reversed pass: vertex work and triangle setup again.</li>
 *   <li>{@code sphere}: a closed sphere filling most of the view. The back half is rasterized too and
 *       rejected by the depth test where the front half hides it.</li>
 * </ul>
 * Run as the README's "Micro-benchmarks" says, naming {@code DoubleSidedBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DoubleSidedBenchmark {

    @Param({"sheet", "sphere"})
    public String shape;

    @Param({"false", "true"})
    public boolean doubleSided;

    private final FrameRenderer renderer = new FrameRenderer();
    private FramePose pose;
    private RenderSettings settings;
    private int[] frame;

    @Setup
    public void prepare() {
        Camera camera = new Camera(new Vec3(0, 0, 2.2), Vec3.ZERO, Vec3.UNIT_Y, 45, 0.1, 100);
        boolean sheet = shape.equals("sheet");
        Mesh mesh = sheet ? Primitives.plane(4, 2.4, 913, 548) : Primitives.uvSphere(0.8, 64, 32);
        Material material = new Material("matte", new Color(0.8, 0.6, 0.4), Color.BLACK, 1, null, doubleSided);
        Mat4 world = sheet ? Mat4.rotation(Quat.fromAxisAngle(Vec3.UNIT_X, 90)) : Mat4.IDENTITY;
        DrawItem item = new DrawItem(0, shape, Model.of(new MeshPart(shape, mesh, material)), world);
        pose = new FramePose(0, camera, List.of(new DirectionalLight(new Vec3(-0.3, -0.4, -1), Color.WHITE, 0.9)),
                new Color(0.1, 0.1, 0.1), List.of(item));
        settings = new RenderSettings(1280, 720, 24, 0, 0, 1, ShadingMode.PHONG, Background.solid(Color.BLACK), false);
        frame = new int[settings.width() * settings.height()];
    }

    @Benchmark
    public RenderStats renderFrame() {
        return renderer.render(pose, settings, Region.full(settings.width(), settings.height()), frame, CancellationToken.NONE);
    }
}
