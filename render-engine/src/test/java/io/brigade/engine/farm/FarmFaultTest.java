package io.brigade.engine.farm;

import com.hazelcast.core.DistributedObject;
import io.brigade.engine.scene.Scene;
import io.brigade.engine.schedule.JobOutcome;
import io.brigade.engine.schedule.JobResult;
import io.brigade.engine.schedule.RenderEvent;
import io.brigade.engine.schedule.RenderJob;
import io.brigade.engine.schedule.RenderScheduler;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Faults on a farm of real worker JVMs on 127.0.0.1: two slow but sound workers and one whose every frame
 * fails. The failing one is blocked and the job completes on the others; a worker killed with SIGKILL
 * mid-job has its frames requeued within the promised bound, and no frame is lost or written twice; a frame
 * finished after its job ended leaves nothing of the job in the farm.
 */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FarmFaultTest {

    private static final String CLUSTER = "farm-fault-test";
    /** The promise: a lost worker's frames are requeued within 10 s (by default). */
    private static final Duration REQUEUE_BOUND = Duration.ofSeconds(10);
    private static final Duration LIMIT = Duration.ofSeconds(60);

    private static WorkerProcess sound;
    private static WorkerProcess doomed;
    private static WorkerProcess failing;
    private static WorkerProcess leaver;
    private static FarmClient client;

    @TempDir
    Path dir;

    @BeforeAll
    static void startFarm() throws Exception {
        List<Integer> ports = WorkerProcess.freePorts(4);
        sound = WorkerProcess.startReady("slow", CLUSTER, ports.get(0), ports);
        doomed = WorkerProcess.startReady("slow", CLUSTER, ports.get(1), ports);
        failing = WorkerProcess.startReady("failing", CLUSTER, ports.get(2), ports);
        leaver = WorkerProcess.startReady("slow", CLUSTER, ports.get(3), ports);
        client = FarmClient.connect(CLUSTER, List.of(sound.address()), System.err);
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (client.memberCount() < 4 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(client.memberCount()).isEqualTo(4);
    }

    @AfterAll
    static void stopFarm() throws Exception {
        if (client != null) {
            client.close();
        }
        for (WorkerProcess worker : new WorkerProcess[]{sound, doomed, failing, leaver}) {
            if (worker != null) {
                worker.close();
            }
        }
    }

    @Test
    @Order(1)
    void aWorkerFailingEveryChunkIsBlockedAndTheJobCompletesOnTheOthers() throws Exception {
        Scene scene = FarmRenderTest.scene(64, 36, 0, 15, 1);
        Path local = dir.resolve("local");
        new RenderScheduler().start(FarmRenderTest.request(scene, local)).result().join();
        FarmEvents events = new FarmEvents();
        int mark = failing.mark();

        JobResult result = start(scene, dir.resolve("farm"), events).result().join();

        assertThat(result.outcome()).as("%s", result.failure()).isEqualTo(JobOutcome.COMPLETED);
        FarmRenderTest.assertSameFiles(local, dir.resolve("farm"), 16);
        assertThat(events.finishedFrames()).containsExactlyElementsOf(IntStream.rangeClosed(0, 15).boxed().toList());
        assertThat(events.lanes()).noneMatch(lane -> lane.startsWith(failing.address()));
        assertThat(events.retried).extracting(t -> t.event().cause().getMessage())
                .anyMatch(message -> message.contains(failing.address()) && message.contains("fails every frame"));
        failing.awaitLine(mark, text -> text.contains("blocked from job"), LIMIT);
    }

    @Test
    @Order(2)
    void aWorkerKilledMidJobHasItsFramesRequeuedAndNoFrameIsLostOrWrittenTwice() throws Exception {
        Scene scene = FarmRenderTest.scene(64, 36, 0, 11, 1);
        Path local = dir.resolve("local");
        new RenderScheduler().start(FarmRenderTest.request(scene, local)).result().join();
        FarmEvents events = new FarmEvents();
        List<FarmStatus> statuses = new CopyOnWriteArrayList<>();
        RenderJob job = start(scene, dir.resolve("farm"), events, statuses::add);
        assertThat(events.awaitStartOn(doomed.address(), LIMIT)).isTrue();

        long killedAt = System.nanoTime();
        doomed.kill();
        JobResult result = job.result().join();

        assertThat(result.outcome()).as("%s", result.failure()).isEqualTo(JobOutcome.COMPLETED);
        FarmRenderTest.assertSameFiles(local, dir.resolve("farm"), 12);
        assertThat(events.finishedFrames()).containsExactlyElementsOf(IntStream.rangeClosed(0, 11).boxed().toList());
        FarmEvents.Timed<RenderEvent.FrameRetried> requeue = events.retried.stream()
                .filter(t -> t.event().cause().getMessage().contains("worker " + doomed.address() + " was lost"))
                .findFirst().orElseThrow(() -> new AssertionError("no requeue event; retried: " + events.retried));
        Duration killToRequeue = Duration.ofNanos(requeue.nanos() - killedAt);
        System.out.printf("farm: killed worker's frames requeued %d ms after SIGKILL (%s)%n",
                killToRequeue.toMillis(), requeue.event().cause().getMessage());
        assertThat(killToRequeue).isLessThanOrEqualTo(REQUEUE_BOUND);
        assertThat(statuses.get(statuses.size() - 1).workers()).as("the farm panel's last word")
                .anySatisfy(worker -> {
                    assertThat(worker.member().address()).isEqualTo(doomed.address());
                    assertThat(worker.describe()).isEqualTo("lost");
                });
    }

    @Test
    @Order(3)
    void aWorkerLeavingCleanlyGivesItsFramesBackAtOnce() throws Exception {
        Scene scene = FarmRenderTest.scene(64, 36, 0, 11, 1);
        Path local = dir.resolve("local");
        new RenderScheduler().start(FarmRenderTest.request(scene, local)).result().join();
        FarmEvents events = new FarmEvents();
        RenderJob job = start(scene, dir.resolve("farm"), events);
        assertThat(events.awaitStartOn(leaver.address(), LIMIT)).isTrue();

        leaver.close(); // SIGTERM, as Ctrl-C: the worker's shutdown hook leaves the farm
        JobResult result = job.result().join();

        assertThat(result.outcome()).as("%s", result.failure()).isEqualTo(JobOutcome.COMPLETED);
        FarmRenderTest.assertSameFiles(local, dir.resolve("farm"), 12);
        assertThat(events.finishedFrames()).containsExactlyElementsOf(IntStream.rangeClosed(0, 11).boxed().toList());
        assertThat(events.retried).extracting(t -> t.event().cause().getMessage())
                .anyMatch(message -> message.contains(leaver.address()) && message.contains("left the farm"));
    }

    @Test
    @Order(4)
    void aFrameFinishedAfterItsJobWasCancelledLeavesNoResultsQueueBehind() throws Exception {
        List<Integer> port = WorkerProcess.freePorts(1);
        List<Integer> members = List.of(sound.port(), failing.port(), port.get(0));
        try (WorkerProcess deaf = WorkerProcess.startReady("deaf", CLUSTER, port.get(0), members)) {
            int soundMark = sound.mark();
            int failingMark = failing.mark();
            FarmEvents events = new FarmEvents();
            RenderJob job = start(FarmRenderTest.scene(64, 36, 0, 11, 1), dir.resolve("farm"), events);
            assertThat(events.awaitStartOn(deaf.address(), LIMIT)).isTrue();

            job.cancel(); // the submitter removes the job and its results queue; the deaf worker renders on
            assertThat(job.result().join().outcome()).isEqualTo(JobOutcome.CANCELLED);
            String started = deaf.awaitLine(0, text -> text.endsWith(" started"), LIMIT).text();
            String jobPrefix = started.replaceAll(".*: job (\\S+) .*", "$1");
            deaf.awaitChunksEnded(0, jobPrefix, LIMIT);
            sound.awaitChunksEnded(soundMark, jobPrefix, LIMIT);
            failing.awaitChunksEnded(failingMark, jobPrefix, LIMIT);

            assertThat(deaf.linesSince(0)).extracting(WorkerProcess.Line::text)
                    .as("the deaf worker finished its frame after the job ended")
                    .anyMatch(text -> text.contains("job " + jobPrefix + " frame") && text.contains(" rendered in "));
            assertThat(client.hazelcast().getDistributedObjects()).extracting(DistributedObject::getName)
                    .as("results queues of the cancelled job, once no worker renders it")
                    .noneMatch(name -> name.startsWith(FarmNames.results(jobPrefix)));
        }
    }

    private static RenderJob start(Scene scene, Path out, FarmEvents events) throws Exception {
        return start(scene, out, events, FarmStatus.Listener.NONE);
    }

    private static RenderJob start(Scene scene, Path out, FarmEvents events, FarmStatus.Listener statuses)
            throws Exception {
        return new RenderScheduler().start(FarmRenderTest.request(scene, out), events,
                client.source(FarmJob.of(Path.of("../assets/scenes/textured.scene.json"), scene), 1, 3, statuses));
    }
}
