package io.brigade.engine.io.bench;

import io.brigade.engine.io.PngCompression;
import io.brigade.engine.raster.FrameRenderer;
import io.brigade.engine.raster.RenderedFrame;
import io.brigade.engine.scene.Scene;
import io.brigade.engine.scene.StandardAssetResolver;
import io.brigade.engine.scene.json.SceneFiles;
import io.brigade.engine.schedule.CancellationToken;
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

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * What encoding one frame of {@code bench-diffuse.scene.json} as PNG costs, per compression and size, to set
 * against what rendering it costs ({@code bench}); docs/architecture.md quotes the figures. Run from the
 * repository root as the README's "Micro-benchmarks" says, naming {@code PngEncodeBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PngEncodeBenchmark {

    private static final Path SCENE = Path.of("assets/scenes/bench-diffuse.scene.json");

    @Param({"FAST", "SMALL"})
    public PngCompression compression;

    @Param({"1920x1080", "3840x2160"})
    public String size;

    private RenderedFrame frame;

    @Setup
    public void renderTheFrame() throws Exception {
        Scene scene = SceneFiles.load(SCENE, new StandardAssetResolver());
        String[] wh = size.split("x");
        var settings = scene.settings().withSize(Integer.parseInt(wh[0]), Integer.parseInt(wh[1]));
        frame = new FrameRenderer().render(scene.poseAt(0), settings, CancellationToken.NONE);
    }

    @Benchmark
    public byte[] encode() throws IOException {
        return compression.encode(frame);
    }
}
