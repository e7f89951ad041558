package io.brigade.engine.schedule;

import io.brigade.engine.io.FrameSink;
import io.brigade.engine.io.FrameWrite;
import io.brigade.engine.io.PngCompression;
import io.brigade.engine.io.PngSequenceWriter;
import io.brigade.engine.raster.RenderedFrame;
import io.brigade.engine.scene.RenderSettings;
import io.brigade.engine.schedule.RenderEvent.Progress;
import io.brigade.engine.shading.ShadingMode;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Not a unit test (it takes minutes): renders many full-HD frames through the streamed output to show
 * that memory stays bounded by the output queue and the workers' buffers, not by the frame count.
 * Run it with a small heap:
 * <pre>java -Xmx512m -cp ... io.brigade.engine.schedule.MemoryBoundCheck [frames] [--null | --disk]</pre>
 * {@code --null} (the default) encodes every frame as PNG and writes it into a null stream; {@code --disk} writes a
 * PNG sequence into a temporary folder, deleted afterwards. Exits with 1 unless the job completes.
 */
public final class MemoryBoundCheck {

    private static final int DEFAULT_FRAMES = 2000;
    private static final int REPORT_EVERY = 250;

    private MemoryBoundCheck() {
    }

    public static void main(String[] args) throws IOException {
        int frames = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_FRAMES;
        boolean disk = args.length > 1 && args[1].equals("--disk");
        RenderSettings settings = new RenderSettings(1920, 1080, 24, 0, frames - 1, 1, ShadingMode.PHONG,
                TestScenes.SKY, false);
        Path dir = disk ? Files.createTempDirectory("brigade-memory-check") : null;
        FrameSink sink = disk ? new PngSequenceWriter(dir) : new NullPngSink();
        RenderRequest request = RenderRequest.of(TestScenes.spinningCube(), settings).withOutput(sink);
        System.out.printf(Locale.ROOT, "%d frames at %dx%d, %d workers, output %s, max heap %d MB%n", frames,
                settings.width(), settings.height(), request.workers(), disk ? dir : "PNG to a null stream",
                Runtime.getRuntime().maxMemory() >> 20);

        JobResult result = new RenderScheduler().start(request, new RenderListener() {
            @Override
            public void progress(Progress event) {
                if (event.done() % REPORT_EVERY == 0) {
                    System.out.printf(Locale.ROOT, "  %d/%d frames, %.1f frames/s, heap in use %d MB%n", event.done(),
                            event.total(), event.framesPerSecond(), heapUsed() >> 20);
                }
            }
        }).result().join();

        System.out.printf(Locale.ROOT, "%s: %d frames in %.1f s (%.1f frames/s); peak heap %d MB of %d MB%n",
                result.outcome(), result.framesDone(), result.wallTime().toMillis() / 1e3, result.framesPerSecond(),
                peakHeap() >> 20, Runtime.getRuntime().maxMemory() >> 20);
        result.failure().ifPresent(Throwable::printStackTrace);
        if (dir != null) {
            deleteRecursively(dir);
        }
        System.exit(result.isCompleted() ? 0 : 1);
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The sum of every heap pool's peak: an upper bound of the heap ever in use at once. */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Does the work of writing a PNG, encoding included (on the workers, as files are), but keeps nothing. */
    private static final class NullPngSink implements FrameSink {
        @Override
        public void write(RenderedFrame frame) throws IOException {
            prepare(frame).write();
        }

        @Override
        public FrameWrite prepare(RenderedFrame frame) throws IOException {
            byte[] png = PngCompression.FAST.encode(frame);
            return () -> OutputStream.nullOutputStream().write(png);
        }

        @Override
        public String destination(int frame) {
            return "null stream (frame " + frame + ")";
        }
    }
}
