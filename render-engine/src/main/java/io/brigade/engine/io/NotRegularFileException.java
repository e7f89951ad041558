package io.brigade.engine.io;

import java.nio.file.FileSystemException;
import java.nio.file.Path;

/**
 * A path that names something other than a regular file: a folder, a device such as {@code /dev/zero},
 * a named pipe (FIFO) or a socket. Reading such a thing could block forever or never end, so the
 * readers refuse it before opening it. The message reads {@code PATH: is a character device, not a file}.
 */
public final class NotRegularFileException extends FileSystemException {

    private static final long serialVersionUID = 1L;

    private final String kind;

    public NotRegularFileException(Path file, String kind) {
        super(file.toString(), null, "is " + kind + ", not a regular file");
        this.kind = kind;
    }

    /** What the path names instead, e.g. "a named pipe (FIFO)". */
    public String kind() {
        return kind;
    }
}
