package io.brigade.engine.schedule;

import io.brigade.engine.io.FrameSink;
import io.brigade.engine.io.FrameWrite;
import io.brigade.engine.io.PngSequenceWriter;
import io.brigade.engine.raster.RenderedFrame;
import io.brigade.engine.scene.FramePose;
import io.brigade.engine.scene.RenderSettings;
import io.brigade.engine.schedule.RenderEvent.FrameFinished;
import io.brigade.engine.schedule.RenderEvent.JobStarted;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class StreamedOutputTest {

    private static final Duration NO_HANG = Duration.ofSeconds(30);
    /** Long enough for a job without back-pressure to render all of its tiny frames many times over. */
    private static final long SETTLE_MILLIS = 300;
    private static final RenderSettings SETTINGS = TestScenes.TINY.withFrames(0, 7);
    private static final IntFunction<FramePose> CUBE = TestScenes.spinningCube();
    private static final List<RenderedFrame> REFERENCE = TestScenes.reference(CUBE, SETTINGS);

    private final RenderScheduler scheduler = new RenderScheduler();

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} workers")
    @ValueSource(ints = {1, 3})
    void everyFrameIsWrittenAsAPngThatMatchesTheRender(int workers) throws Exception {
        PngSequenceWriter writer = new PngSequenceWriter(dir);
        JobResult result = scheduler.start(RenderRequest.of(CUBE, SETTINGS).withWorkers(workers).withOutput(writer))
                .result().join().orThrow();

        assertThat(result.framesDone()).isEqualTo(8);
        for (RenderedFrame expected : REFERENCE) {
            assertThat(samePixels(writer.pathFor(expected.frame()), expected)).as("frame %d", expected.frame()).isTrue();
        }
    }

    @Test
    void resumeSkipsValidFilesAndRendersMissingTruncatedAndWronglySizedOnes() throws Exception {
        PngSequenceWriter writer = new PngSequenceWriter(dir);
        scheduler.start(RenderRequest.of(CUBE, SETTINGS).withWorkers(2).withOutput(writer)).result().join().orThrow();
        byte[] png = Files.readAllBytes(writer.pathFor(3));
        Files.write(writer.pathFor(3), Arrays.copyOf(png, png.length / 3));
        Files.delete(writer.pathFor(4));
        scheduler.start(RenderRequest.of(CUBE, SETTINGS.withSize(16, 12).withFrames(6, 6)).withOutput(writer))
                .result().join().orThrow();
        long untouched = Files.getLastModifiedTime(writer.pathFor(0)).toMillis();

        RecordingListener listener = new RecordingListener();
        JobResult resumed = scheduler.start(RenderRequest.of(CUBE, SETTINGS).withWorkers(2).withOutput(writer)
                .withResume(true), listener).result().join().orThrow();

        assertThat(resumed.framesSkipped()).isEqualTo(5);
        assertThat(resumed.framesDone()).isEqualTo(3);
        listener.awaitAll();
        assertThat(listener.of(JobStarted.class).get(0).skippedFrames()).containsExactly(0, 1, 2, 5, 7);
        assertThat(listener.of(FrameFinished.class)).extracting(FrameFinished::frameNumber)
                .containsExactlyInAnyOrder(3, 4, 6);
        for (RenderedFrame expected : REFERENCE) {
            assertThat(samePixels(writer.pathFor(expected.frame()), expected)).as("frame %d", expected.frame()).isTrue();
        }
        assertThat(Files.getLastModifiedTime(writer.pathFor(0)).toMillis()).isEqualTo(untouched);
    }

    @Test
    void aSinkThatCannotTellWhatItHoldsFailsTheResumedJobNamingTheFrame() throws Exception {
        FrameSink unreadable = new FrameSink() {
            @Override
            public void write(RenderedFrame frame) {
                throw new AssertionError("nothing should be rendered");
            }

            @Override
            public String destination(int frame) {
                return "vault/" + frame;
            }

            @Override
            public boolean hasValidFrame(int frame, int width, int height) {
                if (frame == 2) {
                    throw new UncheckedIOException(new IOException("permission denied"));
                }
                return false;
            }
        };
        RecordingListener listener = new RecordingListener();
        JobResult result = scheduler.start(RenderRequest.of(CUBE, SETTINGS).withOutput(unreadable).withResume(true),
                listener).result().join();

        assertThat(result.outcome()).isEqualTo(JobOutcome.FAILED);
        assertThat(result.failure().orElseThrow()).hasMessageStartingWith("frame 2: could not check vault/2 to resume");
        assertThat(result.framesDone()).isZero();
        assertThat(listener.awaitAll().get(0)).isInstanceOf(JobStarted.class);
    }

    @ParameterizedTest(name = "{0} workers, failing to {1}")
    @CsvSource({"1, write", "3, write", "1, encode", "3, encode"})
    void aFailureToEncodeOrWriteStopsTheJobNamingFrameAndPathAndKeepsWhatWasWritten(int workers, String stage)
            throws Exception {
        PngSequenceWriter files = new PngSequenceWriter(dir);
        boolean inEncoding = stage.equals("encode");
        FrameSink failingAtFive = new FrameSink() {
            @Override
            public void write(RenderedFrame frame) throws IOException {
                prepare(frame).write();
            }

            @Override
            public FrameWrite prepare(RenderedFrame frame) throws IOException {
                if (frame.frame() == 5 && inEncoding) {
                    throw new IOException("encoder broke");
                }
                FrameWrite write = files.prepare(frame);
                return frame.frame() == 5 ? () -> {
                    throw new IOException("disk full");
                } : write;
            }

            @Override
            public String destination(int frame) {
                return files.destination(frame);
            }
        };
        RecordingListener listener = new RecordingListener();
        JobResult result = scheduler.start(RenderRequest.of(CUBE, SETTINGS).withWorkers(workers)
                .withOutput(failingAtFive), listener).result().join();

        assertThat(result.outcome()).isEqualTo(JobOutcome.FAILED);
        RenderJobException failure = result.failure().orElseThrow();
        assertThat(failure.frame()).hasValue(5);
        assertThat(failure).hasMessage(inEncoding
                ? "frame 5: could not encode " + files.pathFor(5) + ": encoder broke"
                : "frame 5: could not write " + files.pathFor(5) + ": disk full");
        listener.awaitAll();
        List<Integer> reported = listener.of(FrameFinished.class).stream().map(FrameFinished::frameNumber).toList();
        assertThat(reported).hasSize(result.framesDone()).doesNotContain(5);
        assertThat(fileNames()).as("exactly the frames reported finished are on disk, no temporary files")
                .isEqualTo(reported.stream().sorted().map(f -> String.format("frame_%05d.png", f)).toList());
        for (int frame : reported) {
            assertThat(samePixels(files.pathFor(frame), REFERENCE.get(frame))).as("frame %d", frame).isTrue();
        }
    }

    @Test
    void everyFrameIsWrittenOnceUnderItsOwnNumberWhateverOrderTheEncodersFinishIn() throws Exception {
        PngSequenceWriter files = new PngSequenceWriter(dir);
        CountDownLatch othersWritten = new CountDownLatch(SETTINGS.frameCount() - 1);
        List<Integer> writeOrder = new CopyOnWriteArrayList<>();
        FrameSink firstFrameEncodedLast = new FrameSink() {
            @Override
            public void write(RenderedFrame frame) throws IOException {
                prepare(frame).write();
            }

            @Override
            public FrameWrite prepare(RenderedFrame frame) throws IOException {
                if (frame.frame() == 0) {
                    awaitOrFail(othersWritten); // this encoder finishes after every other frame is written
                }
                FrameWrite write = files.prepare(frame);
                return () -> {
                    write.write();
                    writeOrder.add(frame.frame());
                    othersWritten.countDown();
                };
            }

            @Override
            public String destination(int frame) {
                return files.destination(frame);
            }
        };
        RecordingListener listener = new RecordingListener();
        JobResult result = scheduler.start(RenderRequest.of(CUBE, SETTINGS).withWorkers(3)
                .withOutput(firstFrameEncodedLast), listener).result().join().orThrow();

        assertThat(result.framesDone()).isEqualTo(8);
        assertThat(writeOrder).as("written once each, frame 0 last").hasSize(8).doesNotHaveDuplicates().endsWith(0);
        assertThat(fileNames())
                .isEqualTo(IntStream.range(0, 8).mapToObj(f -> String.format("frame_%05d.png", f)).toList());
        for (RenderedFrame expected : REFERENCE) {
            assertThat(samePixels(files.pathFor(expected.frame()), expected)).as("frame %d", expected.frame()).isTrue();
        }
        listener.awaitAll();
        assertThat(listener.of(FrameFinished.class)).extracting(FrameFinished::frameNumber)
                .containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7);
    }

    @Test
    void framesAreEncodedOnTheWorkersAndOnlyWrittenOnTheOutputThread() throws Exception {
        RenderJob job = scheduler.start(RenderRequest.of(CUBE, SETTINGS).withWorkers(2)
                .withOutput(new PngSequenceWriter(dir)));
        job.result().join().orThrow();

        List<TraceSpan> encodes = spans(job, "encode");
        List<TraceSpan> writes = spans(job, "write");
        assertThat(encodes).extracting(span -> span.args().get("frame"))
                .containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7);
        assertThat(encodes).allSatisfy(span -> {
            assertThat(span.thread()).startsWith(WorkerPool.THREAD_PREFIX);
            assertThat(span.args()).containsEntry("outcome", "encoded");
        });
        assertThat(writes).extracting(span -> span.args().get("frame"))
                .containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7);
        assertThat(writes).allSatisfy(span -> assertThat(span.thread()).startsWith("brigade-output-"));
        for (TraceSpan encode : encodes) {
            TraceSpan write = writes.stream().filter(w -> w.args().get("frame").equals(encode.args().get("frame")))
                    .findFirst().orElseThrow();
            assertThat(write.startNanos()).as("frame %s written after it was encoded", encode.args().get("frame"))
                    .isGreaterThanOrEqualTo(encode.startNanos() + encode.durationNanos());
        }
    }

    @Test
    void aFullQueueHoldsWorkersBackAndCancelStillEndsTheJob() throws Exception {
        int workers = 2;
        CountDownLatch never = new CountDownLatch(1);
        AtomicInteger writesInterrupted = new AtomicInteger();
        FrameSink stuck = new FrameSink() {
            @Override
            public void write(RenderedFrame frame) throws IOException {
                try {
                    never.await();
                } catch (InterruptedException e) {
                    writesInterrupted.incrementAndGet();
                    throw new InterruptedIOException("write interrupted");
                }
            }

            @Override
            public String destination(int frame) {
                return "nowhere/" + frame;
            }
        };
        AtomicInteger posesAsked = new AtomicInteger();
        IntFunction<FramePose> counted = frame -> {
            posesAsked.incrementAndGet();
            return CUBE.apply(frame);
        };
        RenderJob job = scheduler.start(RenderRequest.of(counted, TestScenes.TINY.withFrames(0, 199))
                .withWorkers(workers).withOutput(stuck));

        // At most: one frame in the stuck write, a full queue, and each worker holding the frame it cannot hand
        // over. The promise is the bound: wait until rendering has stopped, whatever count it stopped at.
        int mostInFlight = 1 + OutputStage.QUEUE_FRAMES + workers;
        int stoppedAt = assertTimeoutPreemptively(NO_HANG, () -> {
            int seen;
            do {
                seen = posesAsked.get();
                TimeUnit.MILLISECONDS.sleep(SETTLE_MILLIS);
            } while (seen == 0 || posesAsked.get() != seen);
            return seen;
        });
        assertThat(stoppedAt).as("frames rendered while the output is stuck").isBetween(1, mostInFlight);

        long cancelled = System.nanoTime();
        job.cancel();
        JobResult result = assertTimeoutPreemptively(NO_HANG, () -> job.result().join());
        System.out.printf("cancel with workers waiting on a full output queue took %.1f ms%n",
                (System.nanoTime() - cancelled) / 1e6);

        assertThat(result.outcome()).isEqualTo(JobOutcome.CANCELLED);
        assertThat(result.framesDone()).isZero();
        assertThat(writesInterrupted.get()).isEqualTo(1);
    }

    private List<String> fileNames() throws IOException {
        try (var written = Files.list(dir)) {
            return written.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static List<TraceSpan> spans(RenderJob job, String category) {
        return job.trace().spans().stream().filter(span -> span.category().equals(category)).toList();
    }

    private static void awaitOrFail(CountDownLatch latch) throws IOException {
        try {
            if (!latch.await(NO_HANG.toSeconds(), TimeUnit.SECONDS)) {
                throw new IOException("the other frames were not written in time");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted waiting for the other frames");
        }
    }

    private static boolean samePixels(Path file, RenderedFrame expected) throws IOException {
        BufferedImage image = ImageIO.read(file.toFile());
        if (image == null || image.getWidth() != expected.width() || image.getHeight() != expected.height()) {
            return false;
        }
        for (int y = 0; y < expected.height(); y++) {
            for (int x = 0; x < expected.width(); x++) {
                if (image.getRGB(x, y) != expected.argb(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }
}
