package io.brigade.engine.cli;

import io.brigade.engine.io.AnimatedGifWriter;
import io.brigade.engine.io.FileProblems;
import io.brigade.engine.io.PngCompression;
import io.brigade.engine.io.PngSequenceWriter;
import io.brigade.engine.scene.RenderSettings;
import io.brigade.engine.scene.Scene;
import io.brigade.engine.scene.json.SceneFormatException;
import io.brigade.engine.schedule.JobResult;
import io.brigade.engine.schedule.RenderEvent;
import io.brigade.engine.schedule.RenderJob;
import io.brigade.engine.schedule.RenderListener;
import io.brigade.engine.schedule.RenderMemoryEstimate;
import io.brigade.engine.schedule.RenderRequest;
import io.brigade.engine.schedule.RenderScheduler;
import io.brigade.engine.schedule.RenderTooLargeException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code brigade render}: renders a scene's frames to PNG files on all cores, streaming them to disk. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Renders a scene's frames to PNG files (frame_00000.png, ...) in parallel, with a live progress line.")
final class RenderCommand implements Callable<Integer> {

    static final int EXIT_FAILED = 3;
    static final int EXIT_INTERRUPTED = 130;
    private static final int SHUTDOWN_WAIT_SECONDS = 5;

    @Mixin
    SceneOptions scene = new SceneOptions();

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "Output folder, created if missing (default: render-out/<scene name>).")
    Path outputDir;

    @Option(names = {"-w", "--workers"}, paramLabel = "N",
            description = "Worker threads (default: the number of cores; 1 renders sequentially).")
    Integer workers;

    @Option(names = "--resume", description = "Skip frames whose files already exist and decode at the right size.")
    boolean resume;

    @Option(names = "--retries", paramLabel = "N", defaultValue = "0",
            description = "Retry a frame that fails up to N times before failing the job (default: ${DEFAULT-VALUE}).")
    int retries;

    @Option(names = "--trace", paramLabel = "FILE",
            description = "Write which worker rendered which frame or tile, and when, as Chrome trace JSON (opens in Perfetto).")
    Path traceFile;

    @Option(names = "--png", paramLabel = "fast|small", defaultValue = "fast",
            converter = PngCompressionConverter.class,
            description = "PNG compression: fast (the default) encodes in about a third of the time, small makes "
                    + "files about half the size. Frames are encoded on the workers, in parallel.")
    PngCompression png;

    @Option(names = "--gif", paramLabel = "FILE",
            description = "Also write the frames as an animated GIF that loops forever, at the scene's frame rate.")
    Path gifFile;

    @Mixin
    FarmOptions farm = new FarmOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Scene loaded;
        try {
            loaded = scene.load();
        } catch (SceneFormatException | InvalidOverrideException e) {
            err.println("brigade: " + e.getMessage());
            return 2;
        }
        scene.printWarnings(loaded, err);
        Path dir = outputDir != null ? outputDir : defaultOutputDir(scene.sceneFile);
        PngSequenceWriter frames = new PngSequenceWriter(dir, PngSequenceWriter.DEFAULT_PATTERN, png);
        RenderRequest request;
        try {
            request = RenderRequest.of(loaded::poseAt, loaded.settings())
                    .withWorkers(workers != null ? workers : Runtime.getRuntime().availableProcessors())
                    .withOutput(frames).withResume(resume).withRetries(retries);
        } catch (IllegalArgumentException e) {
            err.println("brigade: " + whereRequestIsWrong() + e.getMessage());
            return 2;
        }
        // Everything is checked before anything is written: a refused render leaves no folder behind.
        try {
            RenderMemoryEstimate.of(request).requireFits(Runtime.getRuntime().maxMemory());
        } catch (RenderTooLargeException e) {
            err.println("brigade: " + e.getMessage());
            return EXIT_FAILED;
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            err.println("brigade: cannot create the output folder " + dir + ": " + FileProblems.describe(e));
            return EXIT_FAILED;
        }
        if (resume && !removeStaleTemporaryFiles(frames, out, err)) {
            return EXIT_FAILED;
        }
        int exit = render(request, loaded, dir, out, err);
        return exit == 0 && gifFile != null ? writeGif(frames, request.settings(), out, err) : exit;
    }

    /** Which option or scene field a refused request comes from: the frame range may be either. */
    private String whereRequestIsWrong() {
        if (workers != null && (workers < 1 || workers > RenderRequest.MAX_WORKERS)) {
            return "--workers: ";
        }
        if (retries < 0) {
            return "--retries: ";
        }
        if (scene.frames != null) {
            return "--frames: ";
        }
        return scene.sceneFile.getFileName() + ": settings.frames: ";
    }

    private int writeGif(PngSequenceWriter frames, RenderSettings s, PrintWriter out, PrintWriter err) {
        try {
            AnimatedGifWriter.writeSequence(frames, s.startFrame(), s.endFrame(),
                    AnimatedGifWriter.delayForFps(s.fps()), gifFile);
        } catch (IOException e) {
            err.println("brigade: cannot write the GIF " + gifFile + ": " + FileProblems.describe(e));
            return EXIT_FAILED;
        }
        out.printf(Locale.ROOT, "GIF: %d frames, looping -> %s%n", s.frameCount(), gifFile);
        return 0;
    }

    /** A render killed mid-write (SIGKILL, power loss) leaves temporary files; resuming clears them away. */
    private static boolean removeStaleTemporaryFiles(PngSequenceWriter frames, PrintWriter out, PrintWriter err) {
        try {
            int removed = frames.removeStaleTemporaryFiles();
            if (removed > 0) {
                out.printf(Locale.ROOT, "Removed %d unfinished temporary file%s left by an interrupted render%n",
                        removed, removed == 1 ? "" : "s");
            }
            return true;
        } catch (IOException e) {
            err.println("brigade: cannot clear unfinished temporary files in " + frames.directory() + ": "
                    + FileProblems.describe(e));
            return false;
        }
    }

    private int render(RenderRequest request, Scene loaded, Path dir, PrintWriter out, PrintWriter err) {
        RenderSettings s = request.settings();
        out.printf(Locale.ROOT, "Rendering %s: %d frames at %dx%d, %dx%d anti-aliasing, %d workers, into %s%n",
                scene.sceneFile.getFileName(), request.frameCount(), s.width(), s.height(),
                s.antiAliasing(), s.antiAliasing(), request.workers(), dir);
        out.flush();
        ProgressPrinter printer = new ProgressPrinter(out, System.console() != null);
        RenderJob job;
        try {
            job = farm.isUsed() ? farm.start(request, loaded, scene.sceneFile, printer, out, err)
                    : new RenderScheduler().start(request, printer);
        } catch (RenderTooLargeException e) {
            err.println("brigade: " + e.getMessage());
            return EXIT_FAILED;
        }
        if (job == null) {
            return EXIT_FAILED;
        }
        Thread cancelOnInterrupt = new Thread(() -> cancelAndWait(job), "brigade-cancel-on-interrupt");
        Runtime.getRuntime().addShutdownHook(cancelOnInterrupt);
        JobResult result = job.result().join();
        farm.close();
        removeHook(cancelOnInterrupt);
        printer.awaitFinished();
        int exit = summarize(result, dir, out, err);
        return writeTrace(job, err) || exit != 0 ? exit : EXIT_FAILED;
    }

    private int summarize(JobResult result, Path dir, PrintWriter out, PrintWriter err) {
        double seconds = result.wallTime().toNanos() / 1e9;
        String skipped = result.framesSkipped() > 0 ? ", " + result.framesSkipped() + " already there" : "";
        switch (result.outcome()) {
            case COMPLETED -> {
                out.printf(Locale.ROOT, "Done: %d frames in %.2f s (%.2f frames/s%s) -> %s%n",
                        result.framesDone(), seconds, result.framesPerSecond(), skipped, dir);
                return 0;
            }
            case CANCELLED -> {
                err.printf(Locale.ROOT, "brigade: cancelled after %d of %d frames; run again with --resume to finish%n",
                        result.framesDone(), result.framesInRange());
                return EXIT_INTERRUPTED;
            }
            default -> {
                err.println("brigade: " + result.failure().map(Throwable::getMessage).orElse("render failed"));
                if (result.failure().filter(FileProblems::isDiskFull).isPresent()) {
                    err.println("brigade: no space left on the device holding " + dir.toAbsolutePath()
                            + ": free some space there, then run again with --resume to finish the job");
                }
                err.printf(Locale.ROOT, "brigade: %d frames were written and are complete; fix the cause and run again with --resume%n",
                        result.framesDone());
                return EXIT_FAILED;
            }
        }
    }

    /** Writes the trace when asked for; false, having said why, when it cannot be written. */
    private boolean writeTrace(RenderJob job, PrintWriter err) {
        if (traceFile == null) {
            return true;
        }
        try {
            job.trace().writeChromeJson(traceFile);
            return true;
        } catch (IOException e) {
            err.println("brigade: cannot write the trace " + traceFile + ": " + FileProblems.describe(e));
            return false;
        }
    }

    /** On Ctrl-C: stop the workers and let frames in flight be discarded cleanly before the JVM exits. */
    private static void cancelAndWait(RenderJob job) {
        job.cancel();
        try {
            job.result().get(SHUTDOWN_WAIT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            System.err.println("brigade: render did not stop cleanly: " + e);
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is already exiting (Ctrl-C): the hook has cancelled the job and is running
        }
    }

    static Path defaultOutputDir(Path sceneFile) {
        String name = sceneFile.getFileName().toString().replaceFirst("\\.scene\\.json$|\\.json$", "");
        return Path.of("render-out", name);
    }

    /** Prints progress events on the job's event thread; the last line always comes through. */
    private static final class ProgressPrinter implements RenderListener {
        private final ProgressLine line;
        private final java.util.concurrent.CountDownLatch finished = new java.util.concurrent.CountDownLatch(1);

        ProgressPrinter(PrintWriter out, boolean inPlace) {
            this.line = new ProgressLine(out, inPlace);
        }

        @Override
        public void progress(RenderEvent.Progress p) {
            line.update(p.done(), p.total(), p.elapsed().toNanos());
        }

        @Override
        public void jobFinished(RenderEvent.JobFinished event) {
            line.finish();
            finished.countDown();
        }

        void awaitFinished() {
            try {
                finished.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
