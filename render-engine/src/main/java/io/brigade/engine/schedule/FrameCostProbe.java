package io.brigade.engine.schedule;

import io.brigade.engine.io.PngWriter;
import io.brigade.engine.raster.FrameRenderer;
import io.brigade.engine.raster.RenderedFrame;
import io.brigade.engine.scene.RenderSettings;
import io.brigade.engine.scene.Scene;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Times a scene's frames as a render to PNG files would spend them, on the calling thread: a few frames spread
 * over the range are rendered and written (into a temporary folder, removed afterwards), after one more that
 * only warms the JIT. Blocks for as long as those frames take.
 */
public final class FrameCostProbe {

    /** The frames timed: the first, the last and two between. */
    public static final int SAMPLES = 4;

    private FrameCostProbe() {
    }

    /**
     * @throws Exception when a frame cannot be rendered or written
     */
    public static FrameCostSamples measure(Scene scene, int first, int last) throws Exception {
        FrameRenderer renderer = new FrameRenderer();
        RenderSettings settings = scene.settings();
        Path folder = Files.createTempDirectory("brigade-frame-cost");
        try {
            return FrameCostSamples.measure(first, last, SAMPLES, 1, frame -> {
                long start = System.nanoTime();
                RenderedFrame rendered = renderer.render(scene.poseAt(frame), settings, CancellationToken.NONE);
                long rendering = System.nanoTime() - start;
                Path file = folder.resolve("frame.png");
                long writeStart = System.nanoTime();
                PngWriter.write(rendered, file);
                long writing = System.nanoTime() - writeStart;
                Files.delete(file);
                return new FrameCostSamples.Sample(frame, rendering, writing);
            });
        } finally {
            Files.delete(folder);
        }
    }
}
