package io.brigade.engine.scene.json;

/**
 * A scene file could not be read. The message starts with the file name, then the JSON line
 * ({@code scene.scene.json:12: ...}) for syntax errors or the field path
 * ({@code scene.scene.json: objects[2].keyframes[0].time: must be >= 0, got -1}) for invalid values.
 */
public final class SceneFormatException extends Exception {

    private final String fileName;
    private final int line;
    private final String fieldPath;
    private final String problem;

    private SceneFormatException(String fileName, int line, String fieldPath, String problem, Throwable cause) {
        super(format(fileName, line, fieldPath, problem), cause);
        this.fileName = fileName;
        this.line = line;
        this.fieldPath = fieldPath;
        this.problem = problem;
    }

    /** An invalid value at {@code fieldPath} (empty for the document itself). */
    public static SceneFormatException atField(String fileName, String fieldPath, String problem) {
        return new SceneFormatException(fileName, 0, fieldPath, problem, null);
    }

    /** An invalid value at {@code fieldPath}, found by something that threw {@code cause}. */
    public static SceneFormatException atField(String fileName, String fieldPath, String problem, Throwable cause) {
        return new SceneFormatException(fileName, 0, fieldPath, problem, cause);
    }

    /** Malformed JSON at a line (0 when unknown). */
    public static SceneFormatException atLine(String fileName, int line, String problem, Throwable cause) {
        return new SceneFormatException(fileName, line, "", problem, cause);
    }

    /** The file as a whole could not be read. */
    public static SceneFormatException ofFile(String fileName, String problem, Throwable cause) {
        return new SceneFormatException(fileName, 0, "", problem, cause);
    }

    private static String format(String fileName, int line, String fieldPath, String problem) {
        StringBuilder text = new StringBuilder(fileName);
        if (line > 0) {
            text.append(':').append(line);
        }
        text.append(": ");
        if (!fieldPath.isEmpty()) {
            text.append(fieldPath).append(": ");
        }
        return text.append(problem).toString();
    }

    public String fileName() {
        return fileName;
    }

    /** The 1-based JSON line of a syntax error, or 0. */
    public int line() {
        return line;
    }

    /** The JSON path of the invalid value, such as {@code objects[2].mesh.obj}; empty when none applies. */
    public String fieldPath() {
        return fieldPath;
    }

    /** What is wrong, without the file name and place. */
    public String problem() {
        return problem;
    }
}
