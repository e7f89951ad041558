package io.brigade.engine.raster;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.fail;

/**
 * Compares a render with a committed reference PNG under {@code src/test/resources/golden/}.
 * A pixel matches when every channel is within {@link #CHANNEL_TOLERANCE}; at most
 * {@link #MISMATCH_FRACTION} of the pixels may differ by more (edge samples can flip between
 * platforms whose {@code Math.pow} differs in the last bit). On failure the actual image and a diff
 * image (mismatches in red, scaled differences elsewhere) are written to {@code target/golden-diffs/}.
 * Run with {@code -Dbrigade.golden.update=true} to (re)write references after an intended change.
 */
final class GoldenImage {

    static final int CHANNEL_TOLERANCE = 3;
    static final double MISMATCH_FRACTION = 0.002;

    private static final Path REFERENCES = Path.of("src/test/resources/golden");
    private static final Path DIFFS = Path.of("target/golden-diffs");

    private GoldenImage() {
    }

    static void assertMatches(String name, RenderedFrame frame) throws IOException {
        BufferedImage actual = io.brigade.engine.io.PngWriter.toImage(frame);
        Path reference = REFERENCES.resolve(name + ".png");
        if (Boolean.getBoolean("brigade.golden.update")) {
            Files.createDirectories(REFERENCES);
            ImageIO.write(actual, "png", reference.toFile());
            return;
        }
        if (!Files.exists(reference)) {
            fail("no reference image " + reference.toAbsolutePath() + "; run with -Dbrigade.golden.update=true to create it");
        }
        BufferedImage expected = ImageIO.read(reference.toFile());
        if (expected.getWidth() != actual.getWidth() || expected.getHeight() != actual.getHeight()) {
            fail(name + ": size " + actual.getWidth() + "x" + actual.getHeight() + " differs from the reference "
                    + expected.getWidth() + "x" + expected.getHeight());
        }
        BufferedImage diff = new BufferedImage(actual.getWidth(), actual.getHeight(), BufferedImage.TYPE_INT_RGB);
        int mismatches = 0;
        int worst = 0;
        for (int y = 0; y < actual.getHeight(); y++) {
            for (int x = 0; x < actual.getWidth(); x++) {
                int d = channelDifference(expected.getRGB(x, y), actual.getRGB(x, y));
                worst = Math.max(worst, d);
                if (d > CHANNEL_TOLERANCE) {
                    mismatches++;
                    diff.setRGB(x, y, 0xff0000);
                } else {
                    diff.setRGB(x, y, d * 40 * 0x010101);
                }
            }
        }
        long allowed = (long) Math.floor(MISMATCH_FRACTION * actual.getWidth() * actual.getHeight());
        if (mismatches > allowed) {
            Files.createDirectories(DIFFS);
            ImageIO.write(actual, "png", DIFFS.resolve(name + "-actual.png").toFile());
            ImageIO.write(diff, "png", DIFFS.resolve(name + "-diff.png").toFile());
            fail(name + ": " + mismatches + " pixels differ from the reference by more than " + CHANNEL_TOLERANCE
                    + " (allowed " + allowed + ", worst difference " + worst + "); see " + DIFFS.toAbsolutePath());
        }
    }

    private static int channelDifference(int a, int b) {
        int d = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            d = Math.max(d, Math.abs(((a >> shift) & 0xff) - ((b >> shift) & 0xff)));
        }
        return d;
    }
}
