package io.brigade.engine.farm;

import com.hazelcast.collection.IQueue;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceNotActiveException;
import io.brigade.engine.io.PngCompression;
import io.brigade.engine.io.PngSequenceWriter;
import io.brigade.engine.raster.FrameRenderer;
import io.brigade.engine.raster.RenderStats;
import io.brigade.engine.raster.RenderedFrame;
import io.brigade.engine.scene.Scene;
import io.brigade.engine.schedule.CancellationToken;
import io.brigade.engine.schedule.JobOutcome;
import io.brigade.engine.schedule.JobResult;
import io.brigade.engine.schedule.RenderRequest;
import io.brigade.engine.schedule.RenderScheduler;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Prints the farm's figures (not a test): wall time of a job on 1 and on 2 worker JVMs on this machine against
 * a local render with as many workers, runs interleaved, medians quoted; and the submitter's own ceiling, the
 * rate at which it decodes frames received as PNG and writes them. Run from render-engine/ with the test class
 * path: {@code java -cp ... io.brigade.engine.farm.FarmMeasurement [runs] [width] [height] [frames]}, or with the
 * single argument {@code submitter} for the submitter's ceiling alone, or {@code instant [frames]} for the rate at
 * which a submitter takes in 1080p frames through its real path from a worker that renders nothing.
 */
public final class FarmMeasurement {

    private FarmMeasurement() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("submitter")) { // only the submitter's ceiling, no workers
            submitterCeiling(FarmRenderTest.scene(640, 360, 0, 0, 2), Files.createTempDirectory("brigade-farm-measure"));
            return;
        }
        if (args.length > 0 && args[0].equals("instant")) { // the submitter's whole path, fed by a worker that renders nothing
            int frames = args.length > 1 ? Integer.parseInt(args[1]) : 240;
            submitterFedInstantly(FarmRenderTest.scene(1920, 1080, 0, frames - 1, 1),
                    Files.createTempDirectory("brigade-farm-measure"));
            return;
        }
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int width = args.length > 1 ? Integer.parseInt(args[1]) : 640;
        int height = args.length > 2 ? Integer.parseInt(args[2]) : 360;
        int frames = args.length > 3 ? Integer.parseInt(args[3]) : 24;
        Scene scene = FarmRenderTest.scene(width, height, 0, frames - 1, 2);
        Path work = Files.createTempDirectory("brigade-farm-measure");
        System.out.printf(Locale.ROOT, "scene textured, %d frames at %dx%d, 2x2 AA; %d interleaved runs; %d cores%n",
                frames, width, height, runs, Runtime.getRuntime().availableProcessors());
        for (int workers : new int[]{1, 2}) {
            compare(scene, workers, runs, work);
        }
        submitterCeiling(scene, work);
    }

    private static void compare(Scene scene, int workers, int runs, Path work) throws Exception {
        List<Integer> ports = WorkerProcess.freePorts(workers);
        List<WorkerProcess> farm = new ArrayList<>();
        for (int port : ports) {
            // the heap a real worker gets by default here (a quarter of the memory), not the tests' small one
            farm.add(WorkerProcess.start("normal", "measure", port, ports, "2g"));
        }
        try {
            for (WorkerProcess worker : farm) {
                worker.awaitReady();
            }
            try (FarmClient client = FarmClient.connect("measure", List.of(farm.get(0).address()), System.err)) {
                FarmJob job = FarmJob.of(Path.of("../assets/scenes/textured.scene.json"), scene);
                seconds(() -> farmRun(client, job, scene, work.resolve("warm-farm"))); // JIT and job read
                seconds(() -> localRun(scene, workers, work.resolve("warm-local")));
                double[] local = new double[runs];
                double[] remote = new double[runs];
                for (int i = 0; i < runs; i++) {
                    local[i] = seconds(() -> localRun(scene, workers, work.resolve("local")));
                    remote[i] = seconds(() -> farmRun(client, job, scene, work.resolve("farm")));
                }
                double l = median(local);
                double r = median(remote);
                System.out.printf(Locale.ROOT, "%d worker JVM%s: farm %.2f s, local (%d workers) %.2f s, farm/local throughput %.0f%%%n",
                        workers, workers == 1 ? "" : "s", r, workers, l, 100 * l / r);
            }
        } finally {
            for (WorkerProcess worker : farm) {
                worker.close();
            }
        }
    }

    /**
     * How fast the submitter alone can take frames in, interleaved: what it did before, decode with ImageIO the PNG
     * a worker sent (ImageIO's encoding) and encode it again for the output; against what it does now, decode it
     * with {@link io.brigade.engine.io.PngDecoder} (for the listeners' pixels) and write its bytes as they came.
     */
    private static void submitterCeiling(Scene scene, Path work) throws Exception {
        RenderedFrame frame = new FrameRenderer().render(scene.poseAt(0), scene.settings(), CancellationToken.NONE);
        byte[] fromOldWorker = PngCompression.SMALL.encode(frame);
        byte[] fromWorker = PngCompression.FAST.encode(frame);
        PngSequenceWriter out = new PngSequenceWriter(Files.createDirectories(work.resolve("ceiling")));
        int count = 40;
        int rounds = 5;
        double[] reencode = new double[rounds];
        double[] asIs = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            reencode[round] = count / seconds(() -> {
                for (int i = 0; i < count; i++) {
                    BufferedImage image = ImageIO.read(new ByteArrayInputStream(fromOldWorker));
                    out.write(RenderedFrame.of(i, frame.width(), frame.height(),
                            image.getRGB(0, 0, frame.width(), frame.height(), null, 0, frame.width()), frame.stats()));
                }
            });
            asIs[round] = count / seconds(() -> {
                for (int i = 0; i < count; i++) {
                    RenderedFrame received = FrameCodec.decode(fromWorker, i, frame.width(), frame.height(), frame.stats());
                    out.prepareEncoded(received, fromWorker).write();
                }
            });
        }
        System.out.printf(Locale.ROOT, "submitter, %dx%d, median of %d interleaved rounds of %d frames:%n",
                frame.width(), frame.height(), rounds, count);
        System.out.printf(Locale.ROOT, "  before: ImageIO decode + encode again + write: %.1f frames/s (%d KB PNG in)%n",
                median(reencode), fromOldWorker.length / 1024);
        System.out.printf(Locale.ROOT, "  now: fast decode + write as received:         %.1f frames/s (%d KB PNG in, %.1f MB/s)%n",
                median(asIs), fromWorker.length / 1024, median(asIs) * fromWorker.length / 1e6);
    }

    /**
     * How fast a submitter takes frames in through its real path (reports read, pixels decoded for the listeners,
     * bytes written as sent): a farm member in this JVM answers every chunk at once with frame 0's PNG, so
     * rendering costs nothing and the submitter is the limit. Prints frames per second, median of 3 jobs.
     */
    private static void submitterFedInstantly(Scene scene, Path work) throws Exception {
        RenderedFrame frame = new FrameRenderer().render(scene.poseAt(0), scene.settings(), CancellationToken.NONE);
        byte[] png = PngCompression.FAST.encode(frame);
        int port = WorkerProcess.freePorts(1).get(0);
        String member = "127.0.0.1:" + port;
        FarmSettings settings = new FarmSettings("measure-instant", FarmSettings.LOOPBACK, port, List.of(member),
                FarmSettings.DEFAULT_LOST_AFTER_SECONDS);
        HazelcastInstance farm = Hazelcast.newHazelcastInstance(HazelcastConfigs.member(settings));
        Thread worker = new Thread(() -> answerAtOnce(farm, png, frame.stats()), "instant-worker");
        worker.setDaemon(true);
        worker.start();
        try (FarmClient client = FarmClient.connect("measure-instant", List.of(member), System.err)) {
            FarmJob job = FarmJob.of(Path.of("../assets/scenes/textured.scene.json"), scene);
            farmRun(client, job, scene, work.resolve("warm"));
            int frames = scene.settings().endFrame() - scene.settings().startFrame() + 1;
            double[] rates = new double[3];
            for (int i = 0; i < rates.length; i++) {
                rates[i] = frames / seconds(() -> farmRun(client, job, scene, work.resolve("run")));
            }
            System.out.printf(Locale.ROOT, "submitter fed at once, %d frames of %dx%d (%d KB PNG each), %d cores:"
                            + " %.1f frames/s (median of %d jobs)%n", frames, frame.width(), frame.height(),
                    png.length / 1024, Runtime.getRuntime().availableProcessors(), median(rates), rates.length);
        } finally {
            farm.shutdown();
        }
    }

    /** A worker that renders nothing: every chunk it takes is claimed, started and done at once, with {@code png}. */
    private static void answerAtOnce(HazelcastInstance farm, byte[] png, RenderStats stats) {
        IQueue<byte[]> tasks = farm.getQueue(FarmNames.TASKS);
        String id = farm.getCluster().getLocalMember().getUuid().toString();
        String lane = "instant / worker 1";
        while (farm.getLifecycleService().isRunning()) {
            try {
                byte[] raw = tasks.poll(100, TimeUnit.MILLISECONDS);
                if (raw == null) {
                    continue;
                }
                ChunkTask task = ChunkTask.decode(raw);
                IQueue<byte[]> results = farm.getQueue(FarmNames.results(task.jobId()));
                results.offer(WorkerReport.of(WorkerReport.Kind.CHUNK_CLAIMED, task, task.firstFrame(), id, lane, "")
                        .encode());
                for (int f = task.firstFrame(); f <= task.lastFrame(); f++) {
                    results.offer(WorkerReport.of(WorkerReport.Kind.FRAME_STARTED, task, f, id, lane, "").encode());
                    results.offer(WorkerReport.frameDone(task, f, id, lane, 0, stats, png).encode());
                }
            } catch (InterruptedException e) {
                return;
            } catch (MalformedMessageException | HazelcastInstanceNotActiveException e) {
                return; // the measurement is over
            }
        }
    }

    private static void farmRun(FarmClient client, FarmJob job, Scene scene, Path out) throws Exception {
        Files.createDirectories(out);
        RenderRequest request = RenderRequest.of(scene::poseAt, scene.settings()).withOutput(new PngSequenceWriter(out));
        require(new RenderScheduler().start(request, new FarmEvents(), client.source(job, 1, 3)).result().join());
    }

    private static void localRun(Scene scene, int workers, Path out) throws Exception {
        Files.createDirectories(out);
        require(new RenderScheduler().start(RenderRequest.of(scene::poseAt, scene.settings()).withWorkers(workers)
                .withOutput(new PngSequenceWriter(out))).result().join());
    }

    private static void require(JobResult result) {
        if (result.outcome() != JobOutcome.COMPLETED) {
            throw new IllegalStateException("job " + result.outcome() + ": " + result.failure());
        }
    }

    private interface Run {
        void run() throws Exception;
    }

    private static double seconds(Run run) throws Exception {
        long start = System.nanoTime();
        run.run();
        return (System.nanoTime() - start) / 1e9;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
