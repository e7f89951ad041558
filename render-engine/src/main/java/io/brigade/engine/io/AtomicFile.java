package io.brigade.engine.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a file's contents all at once: the bytes go to a temporary file in the same folder,
 * are forced to disk, and the temporary file is then renamed over the target. Whatever fails, the
 * previous file is left as it was and the temporary file is removed. The temporary file is hidden and
 * named {@code .NAME.RANDOM.tmp}, so it is never taken for a scene file.
 */
public final class AtomicFile {

    private static final int NAME_ATTEMPTS = 16;

    private AtomicFile() {
    }

    /** Replaces {@code target}'s contents with {@code contents}; the folder must exist. */
    public static void write(Path target, byte[] contents) throws IOException {
        Path file = target.toAbsolutePath();
        Path temp = createTemp(file);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(contents);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            keepPermissions(file, temp);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /** A new, empty, hidden file beside {@code file}, created with the folder's default permissions. */
    private static Path createTemp(Path file) throws IOException {
        Path folder = file.getParent();
        FileAlreadyExistsException lastClash = null;
        for (int attempt = 0; attempt < NAME_ATTEMPTS; attempt++) {
            String suffix = Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
            Path temp = folder.resolve("." + file.getFileName() + "." + suffix + ".tmp");
            try {
                Files.newByteChannel(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return temp;
            } catch (FileAlreadyExistsException e) {
                lastClash = e;
            }
        }
        throw new IOException("cannot create a temporary file beside " + file, lastClash);
    }

    /** A file being replaced keeps its permissions, as it would if it were overwritten in place. */
    private static void keepPermissions(Path file, Path temp) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (view != null && Files.isRegularFile(file)) {
            Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(file));
        }
    }
}
