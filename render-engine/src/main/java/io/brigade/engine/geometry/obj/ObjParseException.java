package io.brigade.engine.geometry.obj;

import java.nio.file.Path;

/**
 * An OBJ or MTL file that cannot be loaded. The message reads {@code name.obj:LINE: what is wrong}
 * (the file's name only; {@link #file()} keeps the full path). Line 0 means the file as a whole
 * (it cannot be read at all); its message then reads {@code name.obj: what is wrong}.
 */
public final class ObjParseException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final String problem;

    public ObjParseException(Path file, int line, String problem) {
        this(file, line, problem, null);
    }

    public ObjParseException(Path file, int line, String problem, Throwable cause) {
        super(format(file, line, problem), cause);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    private static String format(Path file, int line, String problem) {
        Path name = file.getFileName();
        String shown = name == null ? file.toString() : name.toString();
        return line > 0 ? shown + ":" + line + ": " + problem : shown + ": " + problem;
    }

    /** The file that is wrong, as it was given to the loader (an MTL file for errors inside one). */
    public Path file() {
        return file;
    }

    /** The 1-based line that is wrong, or 0 for the file as a whole. */
    public int line() {
        return line;
    }

    /** What is wrong, without the place. */
    public String problem() {
        return problem;
    }
}
