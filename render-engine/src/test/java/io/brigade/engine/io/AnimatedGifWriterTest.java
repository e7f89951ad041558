package io.brigade.engine.io;

import io.brigade.engine.raster.RenderStats;
import io.brigade.engine.raster.RenderedFrame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Node;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnimatedGifWriterTest {

    private static final int WIDTH = 8;
    private static final int HEIGHT = 6;

    @Test
    void writesEveryFrameWithTheDelayAndLoopsForever(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("spin.gif");
        try (var out = Files.newOutputStream(file); AnimatedGifWriter gif = AnimatedGifWriter.open(out, 4)) {
            for (int argb : new int[] {0xffff0000, 0xff00ff00, 0xff0000ff}) {
                gif.append(solid(argb));
            }
        }

        GifFacts gif = GifFacts.read(file);
        assertThat(gif.frames()).isEqualTo(3);
        assertThat(gif.delays()).containsExactly(4, 4, 4);
        assertThat(gif.loopCount()).isZero(); // NETSCAPE2.0 loop count 0: forever
        assertThat(gif.firstFrame().getWidth()).isEqualTo(WIDTH);
        assertThat(gif.firstFrame().getRGB(3, 3) & 0xffffff).isEqualTo(0xff0000);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("spin.gif");
        }
    }

    @Test
    void encodesAPngSequenceFrameByFrame(@TempDir Path dir) throws IOException {
        PngSequenceWriter sequence = new PngSequenceWriter(dir.resolve("frames"));
        for (int frame = 10; frame <= 14; frame++) {
            sequence.write(RenderedFrame.of(frame, WIDTH, HEIGHT, pixels(0xff000000 | frame * 0x101010), RenderStats.NONE));
        }
        Path file = dir.resolve("seq.gif");
        AnimatedGifWriter.writeSequence(sequence, 11, 14, AnimatedGifWriter.delayForFps(24), file);

        GifFacts gif = GifFacts.read(file);
        assertThat(gif.frames()).isEqualTo(4);
        assertThat(gif.delays()).containsOnly(4);
        assertThat(gif.loopCount()).isZero();
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) { // shared like the frames, not owner-only
            assertThat(Files.getPosixFilePermissions(file))
                    .isEqualTo(Files.getPosixFilePermissions(sequence.pathFor(11)));
        }
    }

    @Test
    void optionsShrinkTheFramesKeepEveryNthAtTheSlowerRateAndDither(@TempDir Path dir) throws IOException {
        PngSequenceWriter sequence = new PngSequenceWriter(dir.resolve("frames"));
        for (int frame = 0; frame <= 6; frame++) {
            sequence.write(RenderedFrame.of(frame, WIDTH, HEIGHT, pixels(0xff000000 | frame * 0x202020),
                    RenderStats.NONE));
        }
        Path file = dir.resolve("small.gif");

        AnimatedGifWriter.writeSequence(sequence, 0, 6, 24, new GifOptions(0.5, 3, true), file);

        GifFacts gif = GifFacts.read(file);
        assertThat(gif.frames()).as("frames 0, 3 and 6").isEqualTo(3);
        assertThat(gif.delays()).as("8 fps").containsOnly(13);
        assertThat(gif.firstFrame().getWidth()).isEqualTo(WIDTH / 2);
        assertThat(gif.firstFrame().getHeight()).isEqualTo(HEIGHT / 2);
    }

    @Test
    void aMissingFrameIsNamedAndLeavesNoFile(@TempDir Path dir) throws IOException {
        PngSequenceWriter sequence = new PngSequenceWriter(dir);
        sequence.write(RenderedFrame.of(0, WIDTH, HEIGHT, pixels(0xff808080), RenderStats.NONE));
        Path file = dir.resolve("broken.gif");

        assertThatThrownBy(() -> AnimatedGifWriter.writeSequence(sequence, 0, 1, 4, file))
                .isInstanceOf(IOException.class).hasMessageContaining("frame_00001.png").hasMessageContaining("missing");
        assertThat(file).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("frame_00000.png");
        }
    }

    @ParameterizedTest
    @CsvSource({"24, 4", "25, 4", "30, 3", "10, 10", "12, 8", "1, 100", "60, 2", "200, 2"})
    void delayIsTheNearestHundredthsOfASecondPerFrame(double fps, int centiseconds) {
        assertThat(AnimatedGifWriter.delayForFps(fps)).isEqualTo(centiseconds);
    }

    @Test
    void refusesADelayGifPlayersWouldNotHonour() {
        assertThatThrownBy(() -> AnimatedGifWriter.open(java.io.OutputStream.nullOutputStream(), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("delay");
    }

    private static BufferedImage solid(int argb) {
        return PngWriter.toImage(RenderedFrame.of(0, WIDTH, HEIGHT, pixels(argb), RenderStats.NONE));
    }

    private static int[] pixels(int argb) {
        int[] pixels = new int[WIDTH * HEIGHT];
        java.util.Arrays.fill(pixels, argb);
        return pixels;
    }

    /** What a GIF says about itself, read back through ImageIO's metadata. */
    record GifFacts(int frames, List<Integer> delays, Integer loopCount, BufferedImage firstFrame) {

        static GifFacts read(Path file) throws IOException {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
                reader.setInput(in);
                int frames = reader.getNumImages(true);
                List<Integer> delays = new ArrayList<>();
                Integer loops = null;
                for (int i = 0; i < frames; i++) {
                    IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(i)
                            .getAsTree(AnimatedGifWriter.FORMAT);
                    Node control = root.getElementsByTagName("GraphicControlExtension").item(0);
                    delays.add(Integer.parseInt(((IIOMetadataNode) control).getAttribute("delayTime")));
                    var apps = root.getElementsByTagName("ApplicationExtension");
                    for (int a = 0; a < apps.getLength(); a++) {
                        IIOMetadataNode app = (IIOMetadataNode) apps.item(a);
                        if ("NETSCAPE".equals(app.getAttribute("applicationID"))) {
                            byte[] data = (byte[]) app.getUserObject();
                            loops = (data[1] & 0xff) | (data[2] & 0xff) << 8;
                        }
                    }
                }
                return new GifFacts(frames, delays, loops, reader.read(0));
            } finally {
                reader.dispose();
            }
        }
    }
}
