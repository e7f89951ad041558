package io.brigade.engine.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;

/**
 * Reading input files safely: only regular files, checked without opening them (opening a FIFO blocks
 * until a writer comes), and never more than a stated number of bytes (a device such as
 * {@code /dev/zero} reports size 0 and never ends).
 */
public final class RegularFiles {

    private static final int FILE_TYPE_MASK = 0170000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final int FIFO = 0010000;
    private static final int SOCKET = 0140000;
    private static final int CHUNK_BYTES = 64 * 1024;

    private RegularFiles() {
    }

    /**
     * Throws unless {@code file} is a regular file (following links), without opening it.
     *
     * @throws NoSuchFileException     when nothing is there
     * @throws NotRegularFileException naming what is there instead
     */
    public static void requireRegularFile(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (!attributes.isRegularFile()) {
            throw new NotRegularFileException(file, attributes.isDirectory() ? "a folder" : kindOfSpecialFile(file));
        }
    }

    /** Names a device, pipe or socket from its Unix mode; where the system has none, says so generally. */
    private static String kindOfSpecialFile(Path file) {
        try {
            Object mode = Files.getAttribute(file, "unix:mode");
            if (mode instanceof Integer bits) {
                switch (bits & FILE_TYPE_MASK) {
                    case CHARACTER_DEVICE -> {
                        return "a character device";
                    }
                    case BLOCK_DEVICE -> {
                        return "a block device";
                    }
                    case FIFO -> {
                        return "a named pipe (FIFO)";
                    }
                    case SOCKET -> {
                        return "a socket";
                    }
                    default -> {
                        // fall through to the general wording
                    }
                }
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException noUnixView) {
            // Windows and other systems without the unix view: the general wording below
        }
        return "a device, pipe or socket";
    }

    /**
     * The bytes of the regular file {@code file}, read as a stream that stops past {@code maxBytes}.
     *
     * @throws FileTooLargeException when the file holds more than {@code maxBytes}
     */
    public static byte[] readAtMost(Path file, long maxBytes) throws IOException {
        requireRegularFile(file);
        long size = Files.size(file);
        if (size > maxBytes) {
            throw new FileTooLargeException(file, maxBytes);
        }
        int limit = (int) Math.min(maxBytes, Integer.MAX_VALUE - 16);
        byte[] data = new byte[(int) Math.min(Math.max(size, CHUNK_BYTES), limit)];
        int length = 0;
        try (InputStream in = Files.newInputStream(file)) {
            while (true) {
                if (length == data.length) {
                    if (length >= limit) {
                        if (in.read() < 0) {
                            return data;
                        }
                        throw new FileTooLargeException(file, maxBytes);
                    }
                    data = Arrays.copyOf(data, (int) Math.min((long) length * 2, limit));
                }
                int read = in.read(data, length, data.length - length);
                if (read < 0) {
                    return length == data.length ? data : Arrays.copyOf(data, length);
                }
                length += read;
            }
        }
    }
}
