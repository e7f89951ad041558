package io.brigade.engine.io;

import javax.imageio.IIOException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place where a failed read or write becomes words a user can act on. Every command and the
 * editor describe file failures through {@link #describe}: "no space left on device", "permission
 * denied" with the path the user knows (never the hidden temporary file written first), what a path
 * names when it is not a file, and no Java class names.
 */
public final class FileProblems {

    /** Temporary siblings written before a rename: {@code .NAME.RANDOM.tmp}. */
    private static final Pattern TEMPORARY = Pattern.compile("\\.(.+)\\.[0-9a-z]{1,16}\\.tmp");
    private static final String DISK_FULL = "no space left on device";
    private static final String QUOTA = "disk quota exceeded";

    private FileProblems() {
    }

    /** What went wrong, without the Java class name; the cause chain is searched for the real reason. */
    public static String describe(Throwable failure) {
        Throwable diskFull = find(failure, DISK_FULL);
        if (diskFull != null) {
            return DISK_FULL + where(diskFull);
        }
        Throwable quota = find(failure, QUOTA);
        if (quota != null) {
            return QUOTA + where(quota);
        }
        Throwable t = failure;
        while (!(t instanceof FileSystemException) && isWrapper(t) && t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t instanceof FileSystemException fs ? describe(fs) : plainMessage(t);
    }

    /**
     * Exceptions that only carry another: their own message (ImageIO's "I/O error writing PNG file!") says
     * less than their cause. A loader's own exception, which names its file and line, is not one.
     */
    private static boolean isWrapper(Throwable t) {
        Class<?> type = t.getClass();
        return type == IOException.class || type == IIOException.class || type == UncheckedIOException.class
                || type == CompletionException.class || type == ExecutionException.class || type == RuntimeException.class;
    }

    /** Whether the failure, or anything that caused it, is a full disk or an exhausted quota. */
    public static boolean isDiskFull(Throwable failure) {
        return find(failure, DISK_FULL) != null || find(failure, QUOTA) != null;
    }

    /** The path a user knows for {@code path}: a hidden temporary sibling {@code .NAME.RANDOM.tmp} shown as NAME. */
    public static Path visiblePath(Path path) {
        Path name = path.getFileName();
        if (name == null) {
            return path;
        }
        Matcher temporary = TEMPORARY.matcher(name.toString());
        return temporary.matches() ? path.resolveSibling(temporary.group(1)) : path;
    }

    private static String describe(FileSystemException e) {
        String file = e.getFile() == null ? "" : visiblePath(Path.of(e.getFile())).toString();
        if (e instanceof NotRegularFileException || e instanceof FileTooLargeException) {
            return file + " " + e.getReason();
        }
        String what;
        if (e instanceof AccessDeniedException) {
            what = "permission denied";
        } else if (e instanceof NoSuchFileException) {
            what = "no such file or folder";
        } else if (e instanceof NotDirectoryException) {
            what = "not a folder";
        } else if (e instanceof FileAlreadyExistsException) {
            what = "already exists";
        } else if (e instanceof DirectoryNotEmptyException) {
            what = "folder is not empty";
        } else {
            what = e.getReason() == null ? "cannot be read or written" : e.getReason().toLowerCase(Locale.ROOT);
        }
        return file.isEmpty() ? what : what + ": " + file;
    }

    /** " in FOLDER" when the failure names a file, else nothing. */
    private static String where(Throwable t) {
        if (t instanceof FileSystemException fs && fs.getFile() != null) {
            Path folder = visiblePath(Path.of(fs.getFile())).toAbsolutePath().getParent();
            return folder == null ? "" : " in " + folder;
        }
        return "";
    }

    private static Throwable find(Throwable failure, String words) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t instanceof FileSystemException fs ? fs.getReason() : t.getMessage();
            if (message != null && message.toLowerCase(Locale.ROOT).contains(words)) {
                return t;
            }
        }
        return null;
    }

    private static String plainMessage(Throwable failure) {
        String message = failure.getMessage();
        if (message == null || message.isBlank()) {
            return failure instanceof IOException ? "input/output error" : "unexpected failure ("
                    + failure.getClass().getSimpleName() + ")";
        }
        return message;
    }
}
