package io.brigade.engine.io;

import io.brigade.engine.raster.RenderedFrame;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/** Writes frames as PNG files, atomically: a reader never sees a half-written file. */
public final class PngWriter {

    /** The temporary sibling of {@code name}: {@code .name.<random hex>.tmp}. */
    private static final Pattern TEMPORARY_NAME = Pattern.compile("\\..+\\.[0-9a-f]{1,16}\\.tmp");

    private PngWriter() {
    }

    public static BufferedImage toImage(RenderedFrame frame) {
        BufferedImage image = new BufferedImage(frame.width(), frame.height(), BufferedImage.TYPE_INT_RGB);
        int[] row = new int[frame.width()];
        for (int y = 0; y < frame.height(); y++) {
            frame.copyRow(y, row, 0);
            image.getRaster().setDataElements(0, y, frame.width(), 1, row);
        }
        return image;
    }

    /** An image of {@code argb} pixels, row by row from the top-left, with their alpha (for pictures of the UI). */
    public static BufferedImage toImage(int width, int height, int[] argb) {
        if (width < 1 || height < 1 || argb.length != width * height) {
            throw new IllegalArgumentException("expected " + width + "x" + height + " pixels, got " + argb.length);
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        image.getRaster().setDataElements(0, 0, width, height, argb);
        return image;
    }

    /** Writes {@code frame} to {@code file} through a temporary sibling file, flushed to disk, then renamed. */
    public static void write(RenderedFrame frame, Path file) throws IOException {
        write(toImage(frame), file);
    }

    /**
     * True for the name of a temporary file this writer writes before renaming it into place; one
     * that is still there after the writing process died holds an unfinished image.
     */
    public static boolean isTemporaryFileName(String name) {
        return TEMPORARY_NAME.matcher(name).matches();
    }

    public static void write(BufferedImage image, Path file) throws IOException {
        write(file, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG encoder available to write " + file);
            }
        });
    }

    /** Writes {@code png}, the bytes of a whole PNG file, to {@code file} atomically as the other writes do. */
    public static void write(byte[] png, Path file) throws IOException {
        write(file, out -> out.write(png));
    }

    /** What goes into the temporary file. */
    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static void write(Path file, Content content) throws IOException {
        Path temp = temporarySibling(file);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW);
                 OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            moveIntoPlace(temp, file);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    /**
     * A fresh name beside {@code file} for writing it first, {@code .name.<random hex>.tmp}. Not
     * Files.createTempFile: that makes the file owner-only, and frames are for sharing.
     */
    static Path temporarySibling(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        return dir.resolve("." + file.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
    }

    static void moveIntoPlace(Path temp, Path file) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
