package io.brigade.engine.schedule;

import io.brigade.engine.io.PngSequenceWriter;
import io.brigade.engine.io.PngWriter;
import io.brigade.engine.raster.FrameRenderer;
import io.brigade.engine.scene.RenderSettings;
import io.brigade.engine.scene.Scene;
import io.brigade.engine.scene.StandardAssetResolver;
import io.brigade.engine.scene.json.SceneFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Not a unit test (it renders whole ranges): for each scene, the freeze estimate a blocking render shows
 * ({@link FrameCostProbe}, {@link RenderTimeEstimate}) against the time the same render to PNG files really takes,
 * with one worker on the calling thread and with as many workers as cores. Prints one line per case:
 * <pre>java -cp ... io.brigade.engine.schedule.FreezeEstimateCheck [--frames N] scene.json...</pre>
 * {@code --frames N} renders each scene's first N frames instead of its whole range.
 */
public final class FreezeEstimateCheck {

    private FreezeEstimateCheck() {
    }

    public static void main(String[] args) throws Exception {
        int most = Integer.MAX_VALUE;
        int cores = Runtime.getRuntime().availableProcessors();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--frames")) {
                most = Integer.parseInt(args[++i]);
                continue;
            }
            Scene scene = SceneFiles.load(Path.of(args[i]), new StandardAssetResolver());
            RenderSettings s = scene.settings();
            int first = s.startFrame();
            int last = (int) Math.min(s.endFrame(), (long) first + most - 1);
            Scene ranged = scene.withSettings(s.withFrames(first, last));
            FrameCostSamples costs = FrameCostProbe.measure(ranged, first, last);
            for (int workers : new int[] {1, cores}) {
                RenderTimeEstimate estimate = RenderTimeEstimate.of(costs, first, last, workers, cores);
                long actual = render(ranged, workers);
                System.out.printf(Locale.ROOT, "%-28s frames %d-%d, %d worker%s: estimated %.2f s (+/- %d%%),"
                                + " took %.2f s, error %+.0f%%%n", Path.of(args[i]).getFileName(), first, last, workers,
                        workers == 1 ? "" : "s", estimate.nanos() / 1e9, estimate.errorPercent(), actual / 1e9,
                        100.0 * (estimate.nanos() - actual) / actual);
            }
        }
    }

    /** The render's wall time: one worker renders and writes on this thread, more run a job with file output. */
    private static long render(Scene scene, int workers) throws Exception {
        Path folder = Files.createTempDirectory("brigade-freeze-check");
        try {
            long start = System.nanoTime();
            if (workers == 1) {
                FrameRenderer renderer = new FrameRenderer();
                PngSequenceWriter out = new PngSequenceWriter(folder);
                for (int f = scene.settings().startFrame(); f <= scene.settings().endFrame(); f++) {
                    PngWriter.write(renderer.render(scene.poseAt(f), scene.settings(), CancellationToken.NONE),
                            out.pathFor(f));
                }
            } else {
                new RenderScheduler().start(RenderRequest.of(scene::poseAt, scene.settings()).withWorkers(workers)
                        .withOutput(new PngSequenceWriter(folder))).result().get().orThrow();
            }
            return System.nanoTime() - start;
        } finally {
            delete(folder);
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
