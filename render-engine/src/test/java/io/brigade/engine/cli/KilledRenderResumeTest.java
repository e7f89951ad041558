package io.brigade.engine.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A headless render killed with SIGKILL at some point leaves only complete frame files, and finished with
 * {@code --resume} it leaves exactly the frames an uninterrupted render writes, byte for byte, and no
 * temporary files.
 */
class KilledRenderResumeTest {

    private static final Path SCENE = Path.of("../assets/scenes/teapot-turntable.scene.json");
    /**
     * Many more frames than the latest kill point: the test polls for frame files while the child renders on,
     * and on a loaded machine the poller may wait for a core while the child writes several frames.
     */
    private static final int FRAMES = 48;
    private static final Duration TIME_LIMIT = Duration.ofSeconds(120);
    private static final long POLL_MILLIS = 1;

    @TempDir
    static Path work;

    private static Path reference;

    @BeforeAll
    static void renderUninterrupted() throws Exception {
        reference = work.resolve("reference");
        Process render = start(reference, false);
        assertThat(render.waitFor(TIME_LIMIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(render.exitValue()).as(output(reference, false)).isZero();
        assertThat(frameFiles(reference)).hasSize(FRAMES);
    }

    @ParameterizedTest(name = "killed after {0} frame files")
    @ValueSource(ints = {2, 7, 15})
    void resumeAfterKillGivesTheUninterruptedFrames(int killAfter) {
        assertTimeoutPreemptively(TIME_LIMIT, () -> {
            Path out = work.resolve("killed-after-" + killAfter);
            Process render = start(out, false);
            while (render.isAlive() && frameFiles(out).size() < killAfter) {
                Thread.sleep(POLL_MILLIS);
            }
            assertThat(render.isAlive()).as("the render is still running at the kill point").isTrue();
            render.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no clean-up
            List<Path> left = frameFiles(out);
            int framesLeft = left.size();
            assertThat(framesLeft).isBetween(killAfter, FRAMES - 1);
            for (Path frame : left) { // killed while workers encode and the output thread writes: no file cut short
                assertThat(Files.mismatch(frame, reference.resolve(frame.getFileName())))
                        .as("%s as the kill left it", frame.getFileName()).isEqualTo(-1L);
            }
            System.out.printf("killed after %d frame files: %d frames and %d temporary files were left%n",
                    killAfter, framesLeft, temporaryFiles(out));

            Process resume = start(out, true);
            assertThat(resume.waitFor(TIME_LIMIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
            assertThat(resume.exitValue()).as(output(out, true)).isZero();

            List<Path> frames = frameFiles(out);
            assertThat(frames).hasSize(FRAMES);
            for (Path frame : frames) {
                Path expected = reference.resolve(frame.getFileName());
                assertThat(Files.mismatch(frame, expected)).as(frame.getFileName().toString()).isEqualTo(-1L);
            }
            try (Stream<Path> all = Files.list(out)) {
                assertThat(all.map(p -> p.getFileName().toString())).as("only frames are left")
                        .allMatch(name -> name.matches("frame_\\d{5}\\.png"));
            }
        });
    }

    /** The CLI in a child JVM on this test's class path, with its output kept in a file beside the frames. */
    private static Process start(Path out, boolean resume) throws IOException {
        Files.createDirectories(out.getParent());
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                BrigadeCli.class.getName(), "render", SCENE.toString(),
                "--out", out.toString(), "--size", "160x90", "--frames", "0-" + (FRAMES - 1), "--workers", "2"));
        if (resume) {
            command.add("--resume");
        }
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logOf(out, resume).toFile()).start();
    }

    private static Path logOf(Path out, boolean resume) {
        return work.resolve(out.getFileName() + (resume ? "-resume" : "") + ".log");
    }

    private static String output(Path out, boolean resume) throws IOException {
        return Files.readString(logOf(out, resume));
    }

    private static long temporaryFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).count();
        }
    }

    private static List<Path> frameFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().matches("frame_\\d{5}\\.png")).sorted().toList();
        }
    }
}
