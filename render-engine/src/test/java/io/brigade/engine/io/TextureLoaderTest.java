package io.brigade.engine.io;

import io.brigade.engine.shading.Texture;
import io.brigade.engine.shading.WrapMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class TextureLoaderTest {

    /** JPEG is lossy: a flat colour comes back within a few steps per channel. */
    private static final int JPEG_CHANNEL_TOLERANCE = 4;

    @TempDir
    Path dir;

    private static BufferedImage image(int width, int height, int rgb) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, rgb);
            }
        }
        return image;
    }

    private Path writeImage(String name, String format, BufferedImage image) throws IOException {
        Path file = dir.resolve(name);
        assertThat(ImageIO.write(image, format, file.toFile())).isTrue();
        return file;
    }

    private static TextureLoadException failureOf(Path file) {
        return catchThrowableOfType(TextureLoadException.class, () -> TextureLoader.load(file, "any", WrapMode.REPEAT));
    }

    @Test
    void readsPngTexelsRowByRowFromTheTopLeft() throws Exception {
        BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_INT_ARGB);
        int[] argb = {0xffff0000, 0xff00ff00, 0xff0000ff, 0x80102030, 0xff000000, 0xffffffff};
        image.setRGB(0, 0, 3, 2, argb, 0, 3);
        Path file = writeImage("t.png", "png", image);

        Texture texture = TextureLoader.load(file, "textures/t.png", WrapMode.CLAMP);

        assertThat(texture.width()).isEqualTo(3);
        assertThat(texture.height()).isEqualTo(2);
        assertThat(texture.source()).isEqualTo("textures/t.png");
        assertThat(texture.wrap()).isEqualTo(WrapMode.CLAMP);
        int[] read = new int[6];
        for (int i = 0; i < 6; i++) {
            read[i] = texture.texel(i % 3, i / 3);
        }
        assertThat(read).containsExactly(argb);
    }

    @Test
    void readsJpeg() throws Exception {
        Path file = writeImage("t.jpg", "jpg", image(8, 8, 0x3366cc));

        Texture texture = TextureLoader.load(file, "t.jpg", WrapMode.REPEAT);

        assertThat(texture.width()).isEqualTo(8);
        int texel = texture.texel(4, 4);
        for (int shift = 0; shift <= 16; shift += 8) {
            assertThat((texel >> shift) & 0xff).isCloseTo((0x3366cc >> shift) & 0xff,
                    org.assertj.core.api.Assertions.within(JPEG_CHANNEL_TOLERANCE));
        }
    }

    @Test
    void missingFileNamesIt() {
        Path missing = dir.resolve("none.png");

        TextureLoadException e = failureOf(missing);

        assertThat(e.getMessage()).isEqualTo("none.png: file not found (" + missing.toAbsolutePath() + ")");
        assertThat(e.file()).isEqualTo(missing);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain text, not an image", "GIF87"})
    void unknownFormatIsAClearErrorNotANullPointer(String content) throws IOException {
        Path file = Files.writeString(dir.resolve("fake.png"), content);

        TextureLoadException e = failureOf(file);

        assertThat(e.getMessage()).isEqualTo("fake.png: not an image format that can be read (PNG, JPEG or TGA expected)");
    }

    @Test
    void truncatedImageIsACheckedError() throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image(64, 64, 0x123456), "png", png);
        byte[] bytes = png.toByteArray();
        Path file = Files.write(dir.resolve("cut.png"), Arrays.copyOf(bytes, bytes.length / 2));

        TextureLoadException e = failureOf(file);

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).startsWith("cut.png: ");
    }

    @Test
    void hugeDeclaredSizeIsRefusedBeforeDecoding() throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image(1, 1, 0), "png", png);
        byte[] bytes = png.toByteArray();
        // IHDR's width and height are the big-endian ints at bytes 16..23; claim 100000 x 100000
        for (int at : new int[]{16, 20}) {
            bytes[at] = 0;
            bytes[at + 1] = 0x01;
            bytes[at + 2] = (byte) 0x86;
            bytes[at + 3] = (byte) 0xA0;
        }
        Path file = Files.write(dir.resolve("huge.png"), bytes);

        TextureLoadException e = failureOf(file);

        assertThat(e.getMessage())
                .isEqualTo("huge.png: image is 100000x100000; textures must have between 1 and 67108864 texels");
    }
}
