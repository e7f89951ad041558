package io.brigade.engine.schedule;

import io.brigade.engine.io.FrameSink;
import io.brigade.engine.io.FrameWrite;
import io.brigade.engine.io.PngSequenceWriter;
import io.brigade.engine.raster.FrameRenderer;
import io.brigade.engine.raster.RenderStats;
import io.brigade.engine.raster.RenderedFrame;
import io.brigade.engine.raster.Region;
import io.brigade.engine.scene.FramePose;
import io.brigade.engine.scene.RenderSettings;
import io.brigade.engine.scene.Scene;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Times a scene's frames as a render of {@code workers} to PNG files would spend them: whole frames, or frames
 * cut into the bands memory needs where a job's worker cuts them; encoded and stored as the render's
 * {@link PngSequenceWriter} does (into a temporary folder, removed afterwards). Warms the JIT on the first frame
 * until its cost settles, on the calling thread, then times frames spread over the range, as many at a time as
 * the workers can run at once on the cores (so it sees how many cores several workers get on this machine now),
 * within {@link FrameCostSamples.Budget#PROBE}. Blocks for as long as those frames take: about two seconds.
 */
public final class FrameCostProbe {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private FrameCostProbe() {
    }

    /**
     * @throws Exception when a frame cannot be rendered or written
     */
    public static FrameCostSamples measure(Scene scene, int first, int last, int workers) throws Exception {
        RenderSettings settings = scene.settings();
        // One worker is the UI thread rendering whole frames; a job's worker cuts a frame too large for one sample
        // buffer into the bands memory needs. (Frames shared at a job's tail the schedule model plays itself.)
        Region[] tiles = workers == 1 ? new Region[] {Region.full(settings.width(), settings.height())}
                : TileLayout.tilesFor(settings, 1);
        int together = Math.min(workers, Runtime.getRuntime().availableProcessors());
        ThreadLocal<FrameRenderer> renderers = ThreadLocal.withInitial(FrameRenderer::new);
        Path folder = Files.createTempDirectory("brigade-frame-cost");
        FrameSink sink = new PngSequenceWriter(folder);
        try {
            return FrameCostSamples.measure(first, last, FrameCostSamples.Budget.PROBE, together, frame -> {
                FrameRenderer renderer = renderers.get();
                long cpuStart = threadCpuNanos();
                long start = System.nanoTime();
                FramePose pose = scene.poseAt(frame);
                RenderedFrame rendered = tiles.length > 1 ? renderInTiles(renderer, pose, settings, tiles, frame)
                        : renderer.render(pose, settings, CancellationToken.NONE);
                FrameWrite write = sink.prepare(rendered);
                long work = System.nanoTime() - start;
                long cpu = cpuStart < 0 ? -1 : threadCpuNanos() - cpuStart;
                long storeStart = System.nanoTime();
                write.write();
                long store = System.nanoTime() - storeStart;
                Files.delete(Path.of(sink.destination(frame)));
                return new FrameCostSamples.Sample(frame, work, cpu, store, 1);
            });
        } finally {
            Files.delete(folder);
        }
    }

    /** As a job's worker renders a frame too large for one sample buffer: band by band. */
    private static RenderedFrame renderInTiles(FrameRenderer renderer, FramePose pose, RenderSettings settings,
                                               Region[] tiles, int frame) {
        int[] pixels = new int[settings.width() * settings.height()];
        for (Region band : tiles) {
            renderer.render(pose, settings, band, pixels, CancellationToken.NONE);
        }
        return RenderedFrame.of(frame, settings.width(), settings.height(), pixels, RenderStats.NONE);
    }

    private static long threadCpuNanos() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
    }
}
