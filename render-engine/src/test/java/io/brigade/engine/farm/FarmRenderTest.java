package io.brigade.engine.farm;

import com.hazelcast.core.DistributedObject;
import io.brigade.engine.io.PngCompression;
import io.brigade.engine.io.PngSequenceWriter;
import io.brigade.engine.scene.RenderSettings;
import io.brigade.engine.scene.Scene;
import io.brigade.engine.scene.StandardAssetResolver;
import io.brigade.engine.scene.json.SceneFiles;
import io.brigade.engine.schedule.JobOutcome;
import io.brigade.engine.schedule.JobResult;
import io.brigade.engine.schedule.RenderJob;
import io.brigade.engine.schedule.RenderRequest;
import io.brigade.engine.schedule.RenderScheduler;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two worker JVMs on 127.0.0.1 render a job as this JVM would, byte for byte; a third, of another cluster,
 * is never used. Jobs they cannot read are refused with the field named; cancel stops them within a second.
 */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class FarmRenderTest {

    private static final String CLUSTER = "farm-render-test";
    static final Path SCENE = Path.of("../assets/scenes/textured.scene.json");
    private static final Duration LIMIT = Duration.ofSeconds(60);
    /** The promise: cancel stops every worker's work for the job within a second. */
    private static final long CANCEL_NANOS = 1_000_000_000L;

    private static WorkerProcess first;
    private static WorkerProcess second;
    private static WorkerProcess stranger;
    private static FarmClient client;

    @TempDir
    Path dir;

    @BeforeAll
    static void startFarm() throws Exception {
        List<Integer> ports = WorkerProcess.freePorts(3);
        first = WorkerProcess.startReady("normal", CLUSTER, ports.get(0), ports);
        second = WorkerProcess.startReady("normal", CLUSTER, ports.get(1), ports);
        stranger = WorkerProcess.startReady("normal", "another-farm", ports.get(2), ports);
        client = FarmClient.connect(CLUSTER, List.of(first.address(), second.address()), System.err);
        awaitMembers(2);
    }

    @AfterAll
    static void stopFarm() throws Exception {
        if (client != null) {
            client.close();
        }
        for (WorkerProcess worker : new WorkerProcess[]{first, second, stranger}) {
            if (worker != null) {
                worker.close();
            }
        }
    }

    @Test
    void framesAreByteIdenticalToALocalRenderAndOnlyTheFarmsWorkersRenderThem() throws Exception {
        Scene scene = scene(96, 54, 0, 7, 2);
        Path local = dir.resolve("local");
        Path farm = dir.resolve("farm");
        JobResult localResult = new RenderScheduler().start(request(scene, local)).result().join();
        FarmEvents events = new FarmEvents();
        int strangerMark = stranger.mark();

        JobResult farmResult = farmRender(scene, farm, events, 1).result().join();

        assertThat(localResult.outcome()).isEqualTo(JobOutcome.COMPLETED);
        assertThat(farmResult.outcome()).as("%s", farmResult.failure()).isEqualTo(JobOutcome.COMPLETED);
        assertSameFiles(local, farm, 8);
        assertThat(events.finishedFrames()).containsExactlyElementsOf(IntStream.rangeClosed(0, 7).boxed().toList());
        assertThat(events.lanes()).allSatisfy(lane -> assertThat(lane)
                .matches("127\\.0\\.0\\.1:(" + first.port() + "|" + second.port() + ") / worker 1"));
        assertThat(stranger.linesSince(strangerMark)).noneMatch(line -> line.text().contains("started"));
    }

    @Test
    void theFarmStatusNamesEachWorkerWithItsCoresAndCountsTheFramesItWrote() throws Exception {
        // Frames that take a while (tens of ms each): statuses are coalesced, one per batch of reports the
        // submitter reads, and tiny frames could start and end within one batch, so no status would show one.
        Scene scene = scene(640, 360, 0, 5, 2);
        List<FarmStatus> statuses = new CopyOnWriteArrayList<>();
        RenderRequest request = request(scene, dir.resolve("farm"));

        JobResult result = new RenderScheduler().start(request, new FarmEvents(),
                client.source(FarmJob.of(SCENE, scene), 1, 3, statuses::add)).result().join();

        assertThat(result.outcome()).as("%s", result.failure()).isEqualTo(JobOutcome.COMPLETED);
        assertThat(statuses).anySatisfy(status -> assertThat(status.workers())
                .anyMatch(worker -> worker.state() == FarmWorkerStatus.State.RENDERING));
        List<FarmWorkerStatus> last = statuses.get(statuses.size() - 1).workers();
        assertThat(last).extracting(worker -> worker.member().address())
                .containsExactlyInAnyOrder(first.address(), second.address());
        assertThat(last).allSatisfy(worker -> {
            assertThat(worker.member().cores()).isEqualTo(Runtime.getRuntime().availableProcessors());
            assertThat(worker.member().slots()).isEqualTo(1);
            assertThat(worker.describe()).isEqualTo("idle");
        });
        assertThat(last.stream().mapToInt(FarmWorkerStatus::framesDone).sum()).isEqualTo(6);
        assertThat(client.members()).extracting(FarmMember::address)
                .containsExactlyInAnyOrder(first.address(), second.address());
    }

    @Test
    void framesAreByteIdenticalWhenTheOutputEncodesOtherwiseThanTheDefault() throws Exception {
        Scene scene = scene(64, 36, 0, 2, 1);
        Path local = Files.createDirectories(dir.resolve("local"));
        Path farm = Files.createDirectories(dir.resolve("farm"));
        RenderRequest small = RenderRequest.of(scene::poseAt, scene.settings()).withWorkers(2);
        new RenderScheduler().start(small.withOutput(new PngSequenceWriter(local, PngSequenceWriter.DEFAULT_PATTERN,
                PngCompression.SMALL))).result().join();

        JobResult result = new RenderScheduler().start(small.withOutput(new PngSequenceWriter(farm,
                        PngSequenceWriter.DEFAULT_PATTERN, PngCompression.SMALL)), new FarmEvents(),
                client.source(FarmJob.of(SCENE, scene), 1, 3)).result().join();

        assertThat(result.outcome()).as("%s", result.failure()).isEqualTo(JobOutcome.COMPLETED);
        assertSameFiles(local, farm, 3);
    }

    @Test
    void aSourceThatConnectsWhenTheJobStartsRendersThereAndLeaves() throws Exception {
        Scene scene = scene(64, 36, 0, 2, 1);
        Path local = dir.resolve("local");
        Path farm = dir.resolve("farm");
        new RenderScheduler().start(request(scene, local)).result().join();
        ConnectingFarmSource source = new ConnectingFarmSource(new FarmAddress(CLUSTER, List.of(first.address())),
                () -> FarmJob.of(SCENE, scene), 1, 3, FarmStatus.Listener.NONE, System.err);

        JobResult result = new RenderScheduler().start(request(scene, farm), new FarmEvents(), source).result().join();

        assertThat(result.outcome()).as("%s", result.failure()).isEqualTo(JobOutcome.COMPLETED);
        assertSameFiles(local, farm, 3);
    }

    @Test
    void aSourceThatFindsNoWorkerFailsTheJobNamingTheAddressAndWhatToCheck() throws Exception {
        Scene scene = scene(64, 36, 0, 2, 1);
        String closed = "127.0.0.1:" + WorkerProcess.freePorts(1).get(0);
        ConnectingFarmSource source = new ConnectingFarmSource(new FarmAddress(CLUSTER, List.of(closed)),
                () -> FarmJob.of(SCENE, scene), 1, 3, FarmStatus.Listener.NONE, System.err);

        JobResult result = new RenderScheduler().start(request(scene, dir.resolve("farm")), new FarmEvents(), source)
                .result().join();

        assertThat(result.outcome()).isEqualTo(JobOutcome.FAILED);
        assertThat(result.failure().orElseThrow().getMessage()).contains(closed, "--cluster " + CLUSTER);
    }

    @Test
    void chunksOfSeveralFramesComeBackWhole() throws Exception {
        Scene scene = scene(64, 36, 3, 9, 1);
        Path local = dir.resolve("local");
        Path farm = dir.resolve("farm");
        new RenderScheduler().start(request(scene, local)).result().join();

        JobResult result = farmRender(scene, farm, new FarmEvents(), 3).result().join();

        assertThat(result.outcome()).as("%s", result.failure()).isEqualTo(JobOutcome.COMPLETED);
        assertSameFiles(local, farm, 7);
    }

    @Test
    void aSceneTheWorkersCannotReadIsRefusedWithTheFieldNamed() throws Exception {
        String json = Files.readString(SCENE).replace("\"antiAliasing\": 2", "\"antiAliasing\": 9");
        FarmJob broken = new FarmJob("broken.scene.json", json, "", Map.of());
        Scene scene = scene(64, 36, 0, 1, 1);
        RenderRequest request = RenderRequest.of(scene::poseAt, scene.settings()).withWorkers(1);

        JobResult result = new RenderScheduler().start(request, new FarmEvents(), client.source(broken, 1, 3))
                .result().join();

        assertThat(result.outcome()).isEqualTo(JobOutcome.FAILED);
        assertThat(result.failure().orElseThrow().getMessage()).contains("refused the job", "broken.scene.json",
                "antiAliasing");
    }

    @Test
    void cancelStopsEveryWorkersRendersWithinASecond() throws Exception {
        Scene scene = scene(1280, 720, 0, 47, 4);
        int firstMark = first.mark();
        int secondMark = second.mark();
        RenderJob job = farmRender(scene, dir.resolve("farm"), new FarmEvents(), 1);
        first.awaitLine(firstMark, text -> text.contains("started"), LIMIT);
        second.awaitLine(secondMark, text -> text.contains("started"), LIMIT);

        long cancelledAt = System.nanoTime();
        job.cancel();

        for (WorkerProcess worker : List.of(first, second)) {
            WorkerProcess.Line dropped = worker.awaitLine(firstMark(worker, firstMark, secondMark),
                    text -> text.contains("dropped"), LIMIT);
            int stopped = Integer.parseInt(dropped.text().replaceAll(".*, (\\d+) renders stopped", "$1"));
            long lastStop = dropped.nanos();
            int mark = firstMark(worker, firstMark, secondMark);
            for (int i = 0; i < stopped; i++) {
                WorkerProcess.Line stop = worker.awaitLine(mark, text -> text.endsWith(" cancelled"), LIMIT);
                mark = worker.linesSince(0).indexOf(stop) + 1;
                lastStop = Math.max(lastStop, stop.nanos());
            }
            long since = cancelledAt;
            assertThat(lastStop - cancelledAt).as("nanoseconds from cancel until %s stopped; its lines since: %s",
                            worker.address(), worker.linesSince(firstMark(worker, firstMark, secondMark)).stream()
                                    .map(l -> (l.nanos() - since) / 1_000_000 + " ms " + l.text()).toList())
                    .isLessThan(CANCEL_NANOS);
        }
        assertThat(job.result().join().outcome()).isEqualTo(JobOutcome.CANCELLED);
    }

    @Test
    void closingTheSubmittersClientMidJobFailsTheJobAndTheWorkersDropIt() throws Exception {
        Scene scene = scene(1280, 720, 0, 47, 4);
        int firstMark = first.mark();
        int secondMark = second.mark();
        FarmClient leaving = FarmClient.connect(CLUSTER, List.of(first.address()), System.err);
        RenderJob job = new RenderScheduler().start(request(scene, dir.resolve("farm")), new FarmEvents(),
                leaving.source(FarmJob.of(SCENE, scene), 1, 3));
        first.awaitLine(firstMark, text -> text.contains("started"), LIMIT);

        leaving.close();

        // Whichever comes first drops the job: the closing client's own removal, or a worker seeing it leave.
        first.awaitLine(firstMark, text -> text.contains("dropped"), LIMIT);
        if (second.linesSince(secondMark).stream().anyMatch(line -> line.text().contains(" read: "))) {
            second.awaitLine(secondMark, text -> text.contains("dropped"), LIMIT);
        }
        assertThat(job.result().join().outcome()).isEqualTo(JobOutcome.FAILED);
    }

    @Test
    void whenTheSubmitterVanishesTheWorkersDropItsJobAndRemoveItsFiles() throws Exception {
        int firstMark = first.mark();
        int secondMark = second.mark();
        try (WorkerProcess submitter = WorkerProcess.startSubmitter(CLUSTER, first.address(), dir.resolve("gone"))) {
            submitter.awaitLine(0, text -> text.equals("submitted"), LIMIT);
            first.awaitLine(firstMark, text -> text.contains("started"), LIMIT);
            submitter.kill(); // SIGKILL: the submitter cannot remove its job; only the workers can
        }

        WorkerProcess.Line removed = awaitRemovalByEither(firstMark, secondMark);
        String jobPrefix = removed.text().replaceAll("^job (\\S+) removed.*", "$1");
        for (WorkerProcess worker : List.of(first, second)) {
            int mark = firstMark(worker, firstMark, secondMark);
            if (worker.linesSince(mark).stream().anyMatch(line -> line.text().contains(" read: "))) {
                worker.awaitLine(mark, text -> text.contains("job " + jobPrefix + " dropped"), LIMIT);
            }
        }
        assertThat(client.hazelcast().<String, byte[]>getMap(FarmNames.ASSETS).keySet())
                .as("the vanished job's assets").noneMatch(key -> key.startsWith(jobPrefix));
        for (WorkerProcess worker : List.of(first, second)) {
            worker.awaitChunksEnded(firstMark(worker, firstMark, secondMark), jobPrefix, LIMIT);
        }
        assertThat(client.hazelcast().getDistributedObjects()).extracting(DistributedObject::getName)
                .as("the vanished job's results queue, once no worker renders it")
                .noneMatch(name -> name.startsWith(FarmNames.results(jobPrefix)));
    }

    /** The line of the one worker that removed the vanished submitter's job from the farm. */
    private static WorkerProcess.Line awaitRemovalByEither(int firstMark, int secondMark) throws InterruptedException {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            List<WorkerProcess.Line> removals = Stream.concat(first.linesSince(firstMark).stream(),
                            second.linesSince(secondMark).stream())
                    .filter(line -> line.text().contains("removed from the farm: its submitter left")).toList();
            if (!removals.isEmpty()) {
                assertThat(removals).as("workers that removed the job").hasSize(1);
                return removals.get(0);
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no worker removed the vanished submitter's job within " + LIMIT + "; they printed: "
                + first.linesSince(firstMark) + " and " + second.linesSince(secondMark));
    }

    private static int firstMark(WorkerProcess worker, int firstMark, int secondMark) {
        return worker == first ? firstMark : secondMark;
    }

    private static RenderJob farmRender(Scene scene, Path out, FarmEvents events, int chunkSize) throws Exception {
        Files.createDirectories(out);
        return new RenderScheduler().start(request(scene, out), events,
                client.source(FarmJob.of(SCENE, scene), chunkSize, 3));
    }

    static RenderRequest request(Scene scene, Path out) throws Exception {
        Files.createDirectories(out);
        return RenderRequest.of(scene::poseAt, scene.settings()).withWorkers(2).withOutput(new PngSequenceWriter(out));
    }

    static Scene scene(int width, int height, int start, int end, int antiAliasing) throws Exception {
        Scene scene = SceneFiles.load(SCENE, new StandardAssetResolver());
        RenderSettings settings = scene.settings().withSize(width, height).withFrames(start, end)
                .withAntiAliasing(antiAliasing);
        return scene.withSettings(settings);
    }

    static void assertSameFiles(Path expected, Path actual, int count) throws Exception {
        try (var files = Files.list(expected)) {
            List<Path> frames = files.sorted().toList();
            assertThat(frames).hasSize(count);
            for (Path frame : frames) {
                assertThat(Files.readAllBytes(actual.resolve(frame.getFileName())))
                        .as("%s", frame.getFileName()).isEqualTo(Files.readAllBytes(frame));
            }
        }
        try (var files = Files.list(actual)) {
            assertThat(files.count()).as("files written by the farm").isEqualTo(count);
        }
    }

    private static void awaitMembers(int count) throws InterruptedException {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (client.memberCount() < count && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(client.memberCount()).isEqualTo(count);
    }
}
