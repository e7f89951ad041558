package io.brigade.engine.io;

import io.brigade.engine.raster.RenderStats;
import io.brigade.engine.raster.RenderedFrame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Random;
import java.util.stream.Stream;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

/** Every PNG encoding decodes, through ImageIO, to exactly the frame's pixels. */
class PngEncoderTest {

    private static final long SEED = 11;

    static Stream<Arguments> frames() {
        return Stream.of(PngCompression.values()).flatMap(compression -> Stream.of(
                Arguments.of(compression, "1x1", frame(1, 1, (x, y) -> 0xff123456)),
                Arguments.of(compression, "noise 97x61", noise(97, 61)),
                Arguments.of(compression, "gradient 640x360",
                        frame(640, 360, (x, y) -> 0xff000000 | (y * 255 / 359) << 8 | x % 256)),
                Arguments.of(compression, "channels wrapping below zero",
                        frame(5, 3, (x, y) -> (x + y) % 2 == 0 ? 0xffffffff : 0xff000001)),
                // a row longer than the encoder's block of filtered bytes: one row per block
                Arguments.of(compression, "wide 22000x3", noise(22000, 3))));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("frames")
    void decodesToTheSamePixels(PngCompression compression, String name, RenderedFrame frame) throws IOException {
        byte[] png = compression.encode(frame);

        BufferedImage back = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(back).as("ImageIO reads it").isNotNull();
        assertThat(back.getWidth()).isEqualTo(frame.width());
        assertThat(back.getHeight()).isEqualTo(frame.height());
        for (int y = 0; y < frame.height(); y++) {
            for (int x = 0; x < frame.width(); x++) {
                if (back.getRGB(x, y) != frame.argb(x, y)) {
                    throw new AssertionError(String.format("%s: pixel %d,%d is %08x, expected %08x", name, x, y,
                            back.getRGB(x, y), frame.argb(x, y)));
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("frames")
    void theSameFrameGivesTheSameBytes(PngCompression compression, String name, RenderedFrame frame)
            throws IOException {
        assertThat(compression.encode(frame)).isEqualTo(compression.encode(frame));
    }

    @Test
    void fastIsAnOpaqueEightBitRgbPngWithOneIdatChunk() {
        byte[] png = PngEncoder.encode(noise(30, 20));

        assertThat(png).startsWith(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n');
        assertThat(new String(png, 12, 4, US_ASCII)).isEqualTo("IHDR");
        assertThat(png[24]).as("bit depth").isEqualTo((byte) 8);
        assertThat(png[25]).as("colour type RGB").isEqualTo((byte) 2);
        assertThat(new String(png, 37, 4, US_ASCII)).isEqualTo("IDAT");
        assertThat(new String(png, png.length - 8, 4, US_ASCII)).isEqualTo("IEND");
    }

    private interface Pixels {
        int argb(int x, int y);
    }

    private static RenderedFrame frame(int width, int height, Pixels pixels) {
        int[] argb = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                argb[y * width + x] = pixels.argb(x, y);
            }
        }
        return RenderedFrame.of(0, width, height, argb, RenderStats.NONE);
    }

    private static RenderedFrame noise(int width, int height) {
        Random random = new Random(SEED);
        return frame(width, height, (x, y) -> 0xff000000 | random.nextInt(0x1000000));
    }
}
