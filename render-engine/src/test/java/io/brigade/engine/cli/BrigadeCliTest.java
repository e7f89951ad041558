package io.brigade.engine.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BrigadeCliTest {

    private static final Path TEAPOT = Path.of("../assets/scenes/teapot-turntable.scene.json");

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = BrigadeCli.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void renderWritesOnePngPerFrameAtTheRequestedSize(@TempDir Path dir) throws IOException {
        int exit = run("render", TEAPOT.toString(), "--frames", "3-5", "--size", "64x36", "--aa", "1", "--out", dir.toString());

        assertThat(exit).as(err.toString()).isZero();
        for (int frame = 3; frame <= 5; frame++) {
            BufferedImage image = ImageIO.read(dir.resolve(String.format("frame_%05d.png", frame)).toFile());
            assertThat(image.getWidth()).isEqualTo(64);
            assertThat(image.getHeight()).isEqualTo(36);
        }
        try (var files = Files.list(dir)) {
            assertThat(files.count()).as("no temporary files left behind").isEqualTo(3);
        }
        assertThat(out.toString()).contains("frame 3/3").contains("Done: 3 frames");
    }

    @Test
    void pngSmallWritesTheSamePixelsAsFastInSmallerFiles(@TempDir Path dir) throws IOException {
        Path fast = dir.resolve("fast");
        Path small = dir.resolve("small");
        assertThat(run("render", TEAPOT.toString(), "--frames", "2-2", "--size", "480x270", "--out", fast.toString()))
                .as(err.toString()).isZero();
        assertThat(run("render", TEAPOT.toString(), "--frames", "2-2", "--size", "480x270", "--out", small.toString(),
                "--png", "SMALL")).as(err.toString()).isZero();

        BufferedImage fastImage = ImageIO.read(fast.resolve("frame_00002.png").toFile());
        BufferedImage smallImage = ImageIO.read(small.resolve("frame_00002.png").toFile());
        assertThat(smallImage.getRGB(0, 0, 480, 270, null, 0, 480)).isEqualTo(fastImage.getRGB(0, 0, 480, 270, null, 0, 480));
        assertThat(Files.size(small.resolve("frame_00002.png"))).isLessThan(Files.size(fast.resolve("frame_00002.png")));
    }

    @Test
    void noCommandNamesEveryCommand() {
        int exit = run();

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("missing command: render, bench or worker");
    }

    @Test
    void anUnknownPngCompressionIsRefusedNamingTheChoices(@TempDir Path dir) {
        int exit = run("render", TEAPOT.toString(), "--png", "tiny", "--out", dir.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("'tiny' is not a PNG compression: use fast or small");
    }

    @Test
    void renderWithGifAlsoWritesALoopingGifOfEveryFrame(@TempDir Path dir) throws IOException {
        Path gif = dir.resolve("turntable.gif");
        int exit = run("render", TEAPOT.toString(), "--frames", "0-4", "--size", "40x24", "--out",
                dir.resolve("frames").toString(), "--gif", gif.toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("GIF: 5 frames");
        var reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (var in = ImageIO.createImageInputStream(gif.toFile())) {
            reader.setInput(in);
            assertThat(reader.getNumImages(true)).isEqualTo(5);
            assertThat(reader.read(4).getWidth()).isEqualTo(40);
        } finally {
            reader.dispose();
        }
    }

    @Test
    void resumeSkipsFramesAlreadyWrittenAndTraceRecordsEveryFrame(@TempDir Path dir) throws IOException {
        Path out1 = dir.resolve("frames");
        assertThat(run("render", TEAPOT.toString(), "--frames", "0-1", "--size", "48x27", "--out", out1.toString())).isZero();
        Path trace = dir.resolve("trace.json");

        int exit = run("render", TEAPOT.toString(), "--frames", "0-3", "--size", "48x27", "--out", out1.toString(),
                "--resume", "--workers", "2", "--trace", trace.toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Done: 2 frames").contains("2 already there");
        var events = new com.fasterxml.jackson.databind.ObjectMapper().readTree(trace.toFile()).get("traceEvents");
        long frameSpans = java.util.stream.StreamSupport.stream(events.spliterator(), false)
                .filter(e -> e.get("cat") != null && e.get("cat").asText().equals("render")).count();
        assertThat(frameSpans).isGreaterThanOrEqualTo(2);
    }

    @Test
    void unwritableOutputFolderIsReported(@TempDir Path dir) throws IOException {
        Path blocker = dir.resolve("file-not-folder");
        Files.writeString(blocker, "x");
        int exit = run("render", TEAPOT.toString(), "--frames", "0", "--size", "48x27", "--out", blocker.resolve("sub").toString());
        assertThat(exit).isEqualTo(RenderCommand.EXIT_FAILED);
        assertThat(err.toString()).contains("cannot create the output folder").contains("sub").doesNotContain("Exception");
    }

    @Test
    void benchWithWorkersPrintsTheScalingTableAndWritesCsv(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("scaling.csv");
        int exit = run("bench", TEAPOT.toString(), "--frames", "0-3", "--size", "48x27", "--workers", "1,2", "--quick",
                "--csv", csv.toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("speedup").contains("serial fraction (Amdahl fit").contains("rough")
                .contains("Measured ");
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("workers,frames,wall_seconds,frames_per_second,speedup,efficiency,spread,"
                + "oversubscribed,busy_cores,serial_fraction");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("1,");
        assertThat(lines.get(2)).startsWith("2,");
    }

    @Test
    void brokenSceneIsReportedWithFileAndFieldAndExitCodeTwo(@TempDir Path dir) throws IOException {
        Path scene = dir.resolve("broken.scene.json");
        Files.writeString(scene, "{\"format\": \"brigade-scene\", \"version\": 1, \"settings\": {\"width\": -5},"
                + " \"camera\": {\"position\": [0, 0, 5]}, \"objects\": []}");

        int exit = run("render", scene.toString(), "--out", dir.resolve("out").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("broken.scene.json").contains("settings.width");
    }

    @Test
    void renderThatCannotFitInMemoryIsRefusedBeforeItStarts(@TempDir Path dir) throws IOException {
        int exit = run("render", TEAPOT.toString(), "--size", "16384x16384", "--aa", "4", "--workers", "2",
                "--frames", "0-0", "--out", dir.toString());

        assertThat(exit).isEqualTo(RenderCommand.EXIT_FAILED);
        assertThat(err.toString()).contains("16384x16384", "4x4 anti-aliasing", "2 workers");
        try (var files = Files.list(dir)) {
            assertThat(files).as("nothing written").isEmpty();
        }
    }

    @Test
    void tooManyFramesAreAUsageError(@TempDir Path dir) {
        int exit = run("render", TEAPOT.toString(), "--frames", "0-999999", "--out", dir.toString());
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("at most 100000 frames");
    }

    @Test
    void missingSceneFileIsReported(@TempDir Path dir) {
        int exit = run("render", dir.resolve("nowhere.scene.json").toString());
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("nowhere.scene.json");
    }

    @Test
    void overrideTheSceneCannotTakeIsReportedNotThrown(@TempDir Path dir) {
        int exit = run("render", TEAPOT.toString(), "--aa", "9", "--out", dir.toString());
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("antiAliasing must be between 1 and 4");
    }

    @Test
    void malformedOptionsGetAUsageError() {
        assertThat(run("render", TEAPOT.toString(), "--size", "wide")).isEqualTo(2);
        assertThat(err.toString()).contains("'wide' is not a size like 1920x1080");
        assertThat(run("render", TEAPOT.toString(), "--frames", "9-3")).isEqualTo(2);
    }

    @Test
    void benchPrintsMedianMinMaxAndThroughput() {
        int exit = run("bench", TEAPOT.toString(), "--size", "96x54", "--warmup", "1", "--runs", "3");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString())
                .containsPattern("per frame: median [0-9.]+ ms, min [0-9.]+ ms, max [0-9.]+ ms")
                .containsPattern("triangles: [0-9,]+ per frame, [0-9.]+ million/s")
                .containsPattern("pixels: +5,184 per frame");
    }

    @Test
    void benchVersusOtherScenesInterleavesThemAndPrintsRatios() {
        Path textured = Path.of("../assets/scenes/textured.scene.json");
        int exit = run("bench", TEAPOT.toString(), "--size", "64x36", "--warmup", "1", "--runs", "3",
                "--versus", textured.toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString())
                .contains("bench teapot-turntable.scene.json: 64x36").contains("bench textured.scene.json: 64x36")
                .containsPattern("cpu time: +median [0-9.]+ ms, min [0-9.]+ ms per frame")
                .containsPattern("versus teapot-turntable.scene.json, frames interleaved.*\\n +textured.scene.json +[0-9.]+x wall, [0-9.]+x cpu");
    }

    @Test
    void benchVersusAMissingSceneNamesItAndFails(@TempDir Path dir) {
        Path missing = dir.resolve("nowhere.scene.json");
        int exit = run("bench", TEAPOT.toString(), "--size", "64x36", "--runs", "1", "--versus", missing.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("nowhere.scene.json");
        assertThat(out.toString()).doesNotContain("per frame");
    }

    @Test
    void progressLineShowsFramesRateAndEta() {
        StringWriter log = new StringWriter();
        ProgressLine line = new ProgressLine(new PrintWriter(log), false);
        line.update(1, 3, 0);
        line.update(2, 3, 10_000_000L); // too soon after the first: held back
        line.finish();
        assertThat(log.toString().lines()).hasSize(2).last().asString().startsWith("frame 2/3");
        assertThat(ProgressLine.format(12, 48, 6_000_000_000L)).isEqualTo("frame 12/48  2.00 frames/s  elapsed 0:06  ETA 0:18");
        assertThat(ProgressLine.format(0, 48, 0)).contains("ETA --:--");
        assertThat(ProgressLine.clock(3725)).isEqualTo("1:02:05");
    }
}
