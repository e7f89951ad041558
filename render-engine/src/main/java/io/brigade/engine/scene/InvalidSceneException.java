package io.brigade.engine.scene;

/**
 * Thrown when a scene's parts do not fit together (two objects with one name, a parent that does not
 * exist, a parent cycle). {@link #fieldPath()} names the offending field the way a scene file
 * would, e.g. {@code objects[2].parent}.
 */
public final class InvalidSceneException extends IllegalArgumentException {

    private final String fieldPath;
    private final String problem;

    public InvalidSceneException(String fieldPath, String problem) {
        super(fieldPath + ": " + problem);
        this.fieldPath = fieldPath;
        this.problem = problem;
    }

    public String fieldPath() {
        return fieldPath;
    }

    /** What is wrong, without the field path. */
    public String problem() {
        return problem;
    }
}
