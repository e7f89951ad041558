package io.brigade.engine.io;

import java.io.IOException;
import java.nio.file.Path;

/** An image file that cannot be made into a texture. The message reads {@code name.png: what is wrong}. */
public final class TextureLoadException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String problem;

    public TextureLoadException(Path file, String problem) {
        this(file, problem, null);
    }

    public TextureLoadException(Path file, String problem, Throwable cause) {
        super((file.getFileName() == null ? file : file.getFileName()) + ": " + problem, cause);
        this.file = file;
        this.problem = problem;
    }

    /** The image file, as it was given to the loader. */
    public Path file() {
        return file;
    }

    /** What is wrong, without the file name. */
    public String problem() {
        return problem;
    }
}
