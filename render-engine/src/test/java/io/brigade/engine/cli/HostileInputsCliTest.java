package io.brigade.engine.cli;

import io.brigade.engine.io.SpecialFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The command line against devices, pipes, unwritable outputs and refusals: clear words, no side effects. */
class HostileInputsCliTest {

    private static final Path TEAPOT = Path.of("../assets/scenes/teapot-turntable.scene.json");
    /** Far beyond what refusing takes; a device read to the end or a FIFO opened would exceed it. */
    private static final Duration NO_HANG = Duration.ofSeconds(60);

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    private int run(String... args) {
        CommandLine cli = BrigadeCli.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return assertTimeoutPreemptively(NO_HANG, () -> cli.execute(args));
    }

    private Path scene(String name, String settings, String objects) throws IOException {
        return Files.writeString(dir.resolve(name), "{\"format\": \"brigade-scene\", \"version\": 1, \"settings\": {"
                + settings + "}, \"camera\": {\"position\": [0, 0, 5]}, \"objects\": [" + objects + "]}");
    }

    @Test
    void aSceneThatIsADeviceIsRefusedAtOnceNamingWhatItIs() {
        SpecialFiles.assumeUnixDevices();

        assertThat(run("render", "/dev/zero", "--out", dir.resolve("out").toString())).isEqualTo(2);

        assertThat(err.toString()).isEqualTo("brigade: zero: cannot read the file (/dev/zero is a character device, "
                + "not a regular file)" + System.lineSeparator());
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aSceneThatIsAFifoIsRefusedWithoutWaitingForAWriter() throws Exception {
        Path fifo = SpecialFiles.mkfifo(dir.resolve("pipe.scene.json"));

        assertThat(run("render", fifo.toString(), "--out", dir.resolve("out").toString())).isEqualTo(2);

        assertThat(err.toString()).contains("pipe.scene.json: cannot read the file (" + fifo + " is a named pipe (FIFO), "
                + "not a regular file)");
    }

    @Test
    void aTraceThatCannotBeWrittenFailsTheRunAndLeavesNoFile() throws IOException {
        Path trace = dir.resolve("no-such-folder").resolve("trace.json");

        int exit = run("render", TEAPOT.toString(), "--frames", "0", "--size", "32x18", "--out",
                dir.resolve("frames").toString(), "--trace", trace.toString());

        assertThat(exit).isEqualTo(RenderCommand.EXIT_FAILED);
        assertThat(err.toString()).contains("brigade: cannot write the trace " + trace + ": no such file or folder: " + trace)
                .doesNotContain(".tmp").doesNotContain("Exception");
        assertThat(trace).doesNotExist();
        assertThat(dir.resolve("frames/frame_00000.png")).as("the frames themselves are fine").exists();
    }

    @Test
    void aFrameRangeOverTheLimitNamesTheFileAndFieldWithoutTheUsageText() throws IOException {
        Path scene = scene("long.scene.json", "\"frames\": {\"start\": 0, \"end\": 200000}", "");
        Path outDir = dir.resolve("out");

        assertThat(run("render", scene.toString(), "--out", outDir.toString())).isEqualTo(2);

        assertThat(err.toString()).startsWith("brigade: long.scene.json: settings.frames: a job renders at most 100000 frames")
                .doesNotContain("Usage");
        assertThat(outDir).as("refused before anything is created").doesNotExist();
    }

    @Test
    void tooManyWorkersAreRefusedBeforeTheOutputFolderIsCreated() {
        Path outDir = dir.resolve("out");

        assertThat(run("render", TEAPOT.toString(), "--workers", "0", "--out", outDir.toString())).isEqualTo(2);

        assertThat(err.toString()).startsWith("brigade: --workers: workers must be between 1 and 256, got 0")
                .doesNotContain("Usage");
        assertThat(outDir).doesNotExist();
    }

    @Test
    void aRenderTooLargeForMemoryLeavesNoOutputFolder() {
        Path outDir = dir.resolve("out");

        int exit = run("render", TEAPOT.toString(), "--size", "16384x16384", "--aa", "4", "--workers", "2",
                "--frames", "0-0", "--out", outDir.toString());

        assertThat(exit).isEqualTo(RenderCommand.EXIT_FAILED);
        assertThat(outDir).doesNotExist();
    }

    @Test
    void aModelWithoutItsMaterialLibraryRendersWithAWarningNamingFileAndLine() throws IOException {
        Files.writeString(dir.resolve("model.obj"), "mtllib model.mtl\nv 0 0 0\nv 1 0 0\nv 0 1 0\nusemtl skin\nf 1 2 3\n");
        Path scene = scene("obj.scene.json", "\"width\": 32, \"height\": 18, \"frames\": {\"start\": 0, \"end\": 0}",
                "{\"name\": \"m\", \"mesh\": {\"obj\": \"model.obj\"}}");

        int exit = run("render", scene.toString(), "--out", dir.resolve("out").toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(err.toString()).contains("brigade: warning: model.obj:1: material library \"model.mtl\" not found")
                .contains("brigade: warning: model.obj:5: usemtl refers to material \"skin\"");
        assertThat(dir.resolve("out/frame_00000.png")).exists();
    }

    @Test
    void aGifThatCannotBeWrittenIsNamedNotItsTemporaryFile() {
        Path gif = dir.resolve("no-such-folder").resolve("loop.gif");

        int exit = run("render", TEAPOT.toString(), "--frames", "0-1", "--size", "32x18", "--out",
                dir.resolve("frames").toString(), "--gif", gif.toString());

        assertThat(exit).isEqualTo(RenderCommand.EXIT_FAILED);
        assertThat(err.toString()).contains("brigade: cannot write the GIF " + gif + ": no such file or folder: " + gif)
                .doesNotContain(".tmp");
    }

    /** Needs a user the folder's permissions apply to: root writes anyway, so there it is skipped. */
    @Test
    void aReadOnlyOutputFolderSaysPermissionDeniedWithTheFramePath() throws IOException {
        Path readOnly = Files.createDirectory(dir.resolve("locked"));
        org.junit.jupiter.api.Assumptions.assumeTrue(readOnly.toFile().setWritable(false, false));
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(readOnly), "running as root: permissions do not apply");

            int exit = run("render", TEAPOT.toString(), "--frames", "0", "--size", "32x18", "--workers", "1",
                    "--out", readOnly.toString());

            assertThat(exit).isEqualTo(RenderCommand.EXIT_FAILED);
            assertThat(err.toString()).contains("permission denied: " + readOnly.resolve("frame_00000.png"))
                    .doesNotContain(".tmp").doesNotContain("Exception");
        } finally {
            readOnly.toFile().setWritable(true, false);
        }
    }
}
