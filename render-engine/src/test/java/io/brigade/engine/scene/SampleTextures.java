package io.brigade.engine.scene;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Generates the sample textures committed under {@code assets/textures/}. Run once by hand:
 * {@code java -cp render-engine/target/test-classes io.brigade.engine.scene.SampleTextures assets/textures}.
 * Deterministic, so running it again gives the same files.
 */
public final class SampleTextures {

    private static final int SIZE = 256;

    private SampleTextures() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "assets/textures");
        Files.createDirectories(folder);
        write(checker(), folder.resolve("checker.png"));
        write(bricks(), folder.resolve("bricks.png"));
    }

    /** 8 x 8 squares, cream and slate. */
    static BufferedImage checker() {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        int square = SIZE / 8;
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                boolean light = ((x / square) + (y / square)) % 2 == 0;
                image.setRGB(x, y, light ? 0xe8e2d0 : 0x3a4250);
            }
        }
        return image;
    }

    /** Running-bond brickwork: 8 courses of 4 bricks, each brick a slightly different red, grey mortar. */
    static BufferedImage bricks() {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        int courseHeight = SIZE / 8;
        int brickWidth = SIZE / 4;
        int mortar = 4;
        for (int y = 0; y < SIZE; y++) {
            int course = y / courseHeight;
            int offset = course % 2 == 0 ? 0 : brickWidth / 2;
            for (int x = 0; x < SIZE; x++) {
                int shifted = Math.floorMod(x + offset, SIZE);
                int brick = shifted / brickWidth;
                boolean joint = y % courseHeight < mortar || shifted % brickWidth < mortar;
                image.setRGB(x, y, joint ? 0x9a968c : brickColour(course, brick, x, y));
            }
        }
        return image;
    }

    private static int brickColour(int course, int brick, int x, int y) {
        int tone = hash(course * 31 + brick) % 40 - 20;   // per brick
        int grain = hash(x * 7919 + y * 104729) % 12 - 6; // per texel
        int r = clamp(168 + tone + grain);
        int g = clamp(74 + tone / 2 + grain);
        int b = clamp(52 + tone / 3 + grain);
        return r << 16 | g << 8 | b;
    }

    private static int hash(int v) {
        int h = v * 0x9E3779B1;
        h ^= h >>> 15;
        h *= 0x85EBCA77;
        h ^= h >>> 13;
        return h & 0x7fffffff;
    }

    private static int clamp(int c) {
        return Math.max(0, Math.min(255, c));
    }

    private static void write(BufferedImage image, Path file) throws IOException {
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("no PNG writer available for " + file);
        }
    }
}
