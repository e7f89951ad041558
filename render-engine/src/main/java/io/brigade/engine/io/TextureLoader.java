package io.brigade.engine.io;

import io.brigade.engine.shading.Texture;
import io.brigade.engine.shading.WrapMode;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

/** Reads an image file (PNG or JPEG, or any other format ImageIO knows) into a {@link Texture}. */
public final class TextureLoader {

    /**
     * Largest texture accepted, in texels (256 MiB of ARGB). The size is read from the file's header
     * before decoding, so a corrupt or hostile header cannot exhaust memory.
     */
    public static final long MAX_TEXELS = 8192L * 8192L;

    private TextureLoader() {
    }

    /**
     * @param file   the image to read
     * @param source how the scene or material file names it, kept by the texture for saving back
     * @param wrap   how the texture treats coordinates outside [0, 1]
     */
    public static Texture load(Path file, String source, WrapMode wrap) throws TextureLoadException {
        if (!Files.isRegularFile(file)) {
            throw new TextureLoadException(file, "file not found (" + file.toAbsolutePath() + ")");
        }
        // Through a stream, not a File: a render-farm worker reads a job's textures from a zip file system.
        try (InputStream raw = Files.newInputStream(file); ImageInputStream in = new MemoryCacheImageInputStream(raw)) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new TextureLoadException(file, "not an image format that can be read (PNG or JPEG expected)");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return decode(file, reader, source, wrap);
            } finally {
                reader.dispose();
            }
        } catch (TextureLoadException e) {
            throw e;
        } catch (IOException e) {
            throw new TextureLoadException(file, "cannot read the image: " + e.getMessage(), e);
        } catch (RuntimeException e) { // ImageIO's decoders can fail this way on corrupt data
            throw new TextureLoadException(file, "corrupt image: " + e, e);
        }
    }

    private static Texture decode(Path file, ImageReader reader, String source, WrapMode wrap) throws IOException {
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        if (width <= 0 || height <= 0 || (long) width * height > MAX_TEXELS) {
            throw new TextureLoadException(file, "image is " + width + "x" + height
                    + "; textures must have between 1 and " + MAX_TEXELS + " texels");
        }
        BufferedImage image = reader.read(0);
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        return Texture.of(source, w, h, argb, wrap);
    }
}
