package io.brigade.engine.io;

import java.nio.file.FileSystemException;
import java.nio.file.Path;

/** An input file longer than its reader accepts; the message says the limit. */
public final class FileTooLargeException extends FileSystemException {

    private static final long serialVersionUID = 1L;

    public FileTooLargeException(Path file, long maxBytes) {
        super(file.toString(), null, "is too large (more than " + maxBytes + " bytes)");
    }
}
