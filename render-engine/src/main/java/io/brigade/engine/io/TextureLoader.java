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
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;

/**
 * Reads an image file (PNG, JPEG, TGA through the TwelveMonkeys plugin, or any other format ImageIO
 * knows) into a {@link Texture}. Only regular files are read: a device or a FIFO is refused by name.
 */
public final class TextureLoader {

    /**
     * Largest texture accepted, in texels (256 MiB of ARGB). The size is read from the file's header
     * before decoding, so a corrupt or hostile header cannot exhaust memory.
     */
    public static final long MAX_TEXELS = 8192L * 8192L;
    /** Longest image file read: far beyond any compressed or raw image of {@link #MAX_TEXELS}. */
    public static final long MAX_FILE_BYTES = 1024L * 1024 * 1024;

    private TextureLoader() {
    }

    /**
     * @param file   the image to read
     * @param source how the scene or material file names it, kept by the texture for saving back
     * @param wrap   how the texture treats coordinates outside [0, 1]
     */
    public static Texture load(Path file, String source, WrapMode wrap) throws TextureLoadException {
        requireReadableImageFile(file);
        // Through a stream, not a File: a render-farm worker reads a job's textures from a zip file system.
        try (InputStream raw = Files.newInputStream(file); ImageInputStream in = new MemoryCacheImageInputStream(raw)) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new TextureLoadException(file, "not an image format that can be read (PNG, JPEG or TGA expected)");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, false, true); // not seek-forward-only: the TGA reader looks for a footer first
                return decode(file, reader, source, wrap);
            } finally {
                reader.dispose();
            }
        } catch (TextureLoadException e) {
            throw e;
        } catch (IOException e) {
            throw new TextureLoadException(file, "cannot read the image: " + FileProblems.describe(e), e);
        } catch (RuntimeException e) { // ImageIO's decoders can fail this way on corrupt data
            throw new TextureLoadException(file, "corrupt image" + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"), e);
        }
    }

    /** A regular file of a sane length, checked before ImageIO opens it (opening a FIFO would block). */
    private static void requireReadableImageFile(Path file) throws TextureLoadException {
        try {
            RegularFiles.requireRegularFile(file);
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new FileTooLargeException(file, MAX_FILE_BYTES);
            }
        } catch (NoSuchFileException e) {
            throw new TextureLoadException(file, "file not found (" + file.toAbsolutePath() + ")", e);
        } catch (IOException e) {
            throw new TextureLoadException(file, FileProblems.describe(e), e);
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
