package io.brigade.engine.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class GifPaletteTest {

    private static final int WIDTH = 256;
    private static final int HEIGHT = 16;

    @Test
    void ditheringKeepsAGradientsAverageWhereNearestColourBandsIt() {
        BufferedImage gradient = grey(WIDTH, HEIGHT);

        BufferedImage banded = GifPalette.indexed(gradient, false);
        BufferedImage dithered = GifPalette.indexed(gradient, true);

        assertThat(columnError(dithered, gradient)).isLessThan(columnError(banded, gradient) / 2);
        assertThat(distinctColumns(banded)).as("nearest colour: a few flat bands").isLessThanOrEqualTo(20);
    }

    @Test
    void aPaletteColourComesThroughExactlyAndTheResultIsTheSameEveryTime() {
        BufferedImage pure = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < 16; i++) {
            pure.setRGB(i % 4, i / 4, 0x00ff00);
        }

        BufferedImage indexed = GifPalette.indexed(pure, true);

        assertThat(indexed.getRGB(2, 2) & 0xffffff).isEqualTo(0x00ff00);
        BufferedImage gradient = grey(64, 8);
        assertThat(GifPalette.indexed(gradient, true).getRGB(0, 0, 64, 8, null, 0, 64))
                .containsExactly(GifPalette.indexed(gradient, true).getRGB(0, 0, 64, 8, null, 0, 64));
    }

    @Test
    void optionsRefuseASizeOrStepThatMeansNothing() {
        assertThatIllegalArgumentException().isThrownBy(() -> new GifOptions(0, 1, true)).withMessageContaining("0");
        assertThatIllegalArgumentException().isThrownBy(() -> new GifOptions(1.5, 1, true));
        assertThatIllegalArgumentException().isThrownBy(() -> new GifOptions(1, 0, true));
        assertThat(new GifOptions(0.5, 2, false).scaled(1280)).isEqualTo(640);
        assertThat(new GifOptions(0.5, 2, false).fps(24)).isEqualTo(12);
    }

    private static BufferedImage grey(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int level = x * 255 / (width - 1);
                image.setRGB(x, y, level << 16 | level << 8 | level);
            }
        }
        return image;
    }

    /** The mean over columns of |average green of the column - original|: how far the look strays. */
    private static double columnError(BufferedImage indexed, BufferedImage original) {
        double total = 0;
        for (int x = 0; x < indexed.getWidth(); x++) {
            double sum = 0;
            for (int y = 0; y < indexed.getHeight(); y++) {
                sum += indexed.getRGB(x, y) >> 8 & 0xff;
            }
            total += Math.abs(sum / indexed.getHeight() - (original.getRGB(x, 0) >> 8 & 0xff));
        }
        return total / indexed.getWidth();
    }

    private static long distinctColumns(BufferedImage image) {
        return java.util.stream.IntStream.range(0, image.getWidth()).map(x -> image.getRGB(x, 0)).distinct().count();
    }
}
