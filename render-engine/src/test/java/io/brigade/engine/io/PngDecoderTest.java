package io.brigade.engine.io;

import io.brigade.engine.raster.RenderStats;
import io.brigade.engine.raster.RenderedFrame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PngDecoderTest {

    private static final int WIDTH = 37;
    private static final int HEIGHT = 23;

    /** Smooth areas and noise, so ImageIO's writer picks every one of the five row filters somewhere. */
    private static int[] pixels(int alphaMask) {
        SplittableRandom random = new SplittableRandom(7);
        int[] argb = new int[WIDTH * HEIGHT];
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int smooth = (x * 7) << 16 | (y * 11) << 8 | (x + y) * 3;
                int alpha = (alphaMask == 0 ? 0xFF : random.nextInt(256)) << 24;
                argb[y * WIDTH + x] = alpha | (y % 3 == 0 ? random.nextInt(1 << 24) : smooth);
            }
        }
        return argb;
    }

    @ParameterizedTest
    @EnumSource(PngCompression.class)
    void brigadesOwnEncodingsDecodeToTheFramesPixelsAsImageIoReadsThem(PngCompression compression) throws Exception {
        int[] argb = pixels(0);
        byte[] png = compression.encode(RenderedFrame.of(0, WIDTH, HEIGHT, argb, RenderStats.NONE));

        assertThat(PngDecoder.isSupported(png)).isTrue();
        int[] decoded = PngDecoder.decode(png, WIDTH, HEIGHT);

        assertThat(decoded).isEqualTo(argb);
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(decoded).isEqualTo(read.getRGB(0, 0, WIDTH, HEIGHT, null, 0, WIDTH));
    }

    @Test
    void anRgbaImageKeepsItsAlpha() throws Exception {
        int[] argb = pixels(1);
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, WIDTH, HEIGHT, argb, 0, WIDTH);
        byte[] png = write(image);

        assertThat(PngDecoder.decode(png, WIDTH, HEIGHT)).isEqualTo(argb);
    }

    @Test
    void otherKindsOfPngAreLeftToImageIo() throws Exception {
        assertThat(PngDecoder.isSupported(write(new BufferedImage(4, 4, BufferedImage.TYPE_BYTE_GRAY)))).isFalse();
        assertThat(PngDecoder.isSupported(write(new BufferedImage(4, 4, BufferedImage.TYPE_BYTE_BINARY)))).isFalse();
        assertThat(PngDecoder.isSupported(new byte[]{1, 2, 3})).isFalse();
    }

    @Test
    void anotherSizeOrCutShortOrCorruptDataIsRefused() {
        byte[] png = PngEncoder.encode(RenderedFrame.of(0, WIDTH, HEIGHT, pixels(0), RenderStats.NONE));

        assertThatThrownBy(() -> PngDecoder.decode(png, WIDTH + 1, HEIGHT)).hasMessageContaining("expected 38x23");
        assertThatThrownBy(() -> PngDecoder.decode(Arrays.copyOf(png, png.length - 30), WIDTH, HEIGHT))
                .hasMessageContaining("PNG");
        byte[] corrupt = png.clone();
        for (int i = 45; i < 60; i++) {
            corrupt[i] = (byte) 0xFF;
        }
        assertThatThrownBy(() -> PngDecoder.decode(corrupt, WIDTH, HEIGHT)).hasMessageContaining("image data");
    }

    private static byte[] write(BufferedImage image) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
