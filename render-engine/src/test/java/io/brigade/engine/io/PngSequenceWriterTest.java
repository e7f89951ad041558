package io.brigade.engine.io;

import io.brigade.engine.raster.RenderStats;
import io.brigade.engine.raster.RenderedFrame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PngSequenceWriterTest {

    private static final int WIDTH = 12;
    private static final int HEIGHT = 9;

    @TempDir
    Path dir;

    @Test
    void writesOneNumberedPngPerFrameThatReadsBackPixelForPixel() throws Exception {
        PngSequenceWriter writer = new PngSequenceWriter(dir.resolve("out"));
        RenderedFrame frame = frame(42);
        writer.write(frame);

        Path file = dir.resolve("out").resolve("frame_00042.png");
        assertThat(writer.pathFor(42)).isEqualTo(file);
        BufferedImage image = ImageIO.read(file.toFile());
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                assertThat(image.getRGB(x, y)).as("pixel %d,%d", x, y).isEqualTo(frame.argb(x, y));
            }
        }
        assertThat(writer.hasValidFrame(42, WIDTH, HEIGHT)).isTrue();
        try (var files = Files.list(file.getParent())) {
            assertThat(files).as("no temporary file left behind").containsExactly(file);
        }
    }

    @ParameterizedTest
    @EnumSource(PngCompression.class)
    void prepareEncodesWithoutTouchingTheDiskAndItsWritePutsTheWholeFileInPlace(PngCompression compression)
            throws Exception {
        PngSequenceWriter writer = new PngSequenceWriter(dir.resolve("out"), PngSequenceWriter.DEFAULT_PATTERN,
                compression);
        RenderedFrame frame = frame(7);

        FrameWrite write = writer.prepare(frame);
        assertThat(dir.resolve("out")).as("nothing written while encoding").doesNotExist();
        write.write();

        assertThat(Files.readAllBytes(writer.pathFor(7))).isEqualTo(compression.encode(frame));
        assertThat(writer.hasValidFrame(7, WIDTH, HEIGHT)).isTrue();
    }

    @Test
    void removesOnlyTheTemporaryFilesAnInterruptedWriteLeft() throws Exception {
        PngSequenceWriter writer = new PngSequenceWriter(dir);
        writer.write(frame(0));
        Path stale = Files.writeString(dir.resolve(".frame_00001.png.3fa9c0d2e1b47a65.tmp"), "half a png");
        Path notOurs = Files.writeString(dir.resolve("notes.tmp"), "kept");

        assertThat(writer.removeStaleTemporaryFiles()).isEqualTo(1);

        assertThat(stale).doesNotExist();
        assertThat(notOurs).exists();
        assertThat(writer.pathFor(0)).exists();
        assertThat(writer.removeStaleTemporaryFiles()).as("nothing left to remove").isZero();
    }

    @Test
    void aMissingTruncatedOrWronglySizedFileIsNotValid() throws Exception {
        PngSequenceWriter writer = new PngSequenceWriter(dir, "f%d.png");
        writer.write(frame(1));
        writer.write(frame(2));
        byte[] whole = Files.readAllBytes(writer.pathFor(2));
        Files.write(writer.pathFor(2), Arrays.copyOf(whole, whole.length / 2));
        Files.writeString(writer.pathFor(3), "not a png");

        assertThat(writer.hasValidFrame(1, WIDTH, HEIGHT)).isTrue();
        assertThat(writer.hasValidFrame(1, WIDTH + 1, HEIGHT)).as("wrong size").isFalse();
        assertThat(writer.hasValidFrame(2, WIDTH, HEIGHT)).as("truncated").isFalse();
        assertThat(writer.hasValidFrame(3, WIDTH, HEIGHT)).as("garbage").isFalse();
        assertThat(writer.hasValidFrame(4, WIDTH, HEIGHT)).as("missing").isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"frame.png", "frame_%s_%d.png", "sub/frame_%d.png"})
    void aPatternThatDoesNotNameOneFilePerFrameIsRejected(String pattern) {
        assertThatThrownBy(() -> new PngSequenceWriter(dir, pattern))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(pattern);
    }

    private static RenderedFrame frame(int number) {
        int[] argb = new int[WIDTH * HEIGHT];
        for (int i = 0; i < argb.length; i++) {
            argb[i] = 0xff000000 | (i * 37 + number) << 8 | i * 11 & 0xff;
        }
        return RenderedFrame.of(number, WIDTH, HEIGHT, argb, RenderStats.NONE);
    }
}
