package io.brigade.engine.scene.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.brigade.engine.io.AtomicFile;
import io.brigade.engine.io.FileProblems;
import io.brigade.engine.io.RegularFiles;
import io.brigade.engine.scene.AssetResolver;
import io.brigade.engine.scene.Scene;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads and writes {@code *.scene.json} files. Reading checks everything and reports the first
 * problem with the file name and the JSON field path or line; writing replaces the file atomically.
 * The format is described in {@code package-info.java} of this package.
 */
public final class SceneFiles {

    /** The value of the top-level {@code "format"} field. */
    public static final String FORMAT = "brigade-scene";
    /** The format version this program writes, and the newest it reads. */
    public static final int VERSION = 1;
    public static final String EXTENSION = ".scene.json";

    private static final String BYTE_ORDER_MARK = "\uFEFF"; // some editors start UTF-8 files with one
    /** Scene files are small; a longer one is not a scene (or names a device that never ends). */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private SceneFiles() {
    }

    /** Reads a scene; {@code assets} resolves its meshes and textures relative to the file's folder. */
    public static Scene load(Path file, AssetResolver assets) throws SceneFormatException {
        String fileName = file.getFileName().toString();
        byte[] bytes;
        try {
            bytes = RegularFiles.readAtMost(file, MAX_FILE_BYTES);
        } catch (NoSuchFileException e) {
            throw SceneFormatException.ofFile(fileName, "cannot read the file (no such file)", e);
        } catch (IOException e) {
            throw SceneFormatException.ofFile(fileName, "cannot read the file (" + FileProblems.describe(e) + ")", e);
        }
        Path sceneDir = file.toAbsolutePath().getParent();
        return parse(Utf8Text.decode(bytes, fileName), fileName, sceneDir, assets);
    }

    /**
     * Reads a scene from JSON text; {@code fileName} is used in messages and {@code sceneDir} to
     * resolve asset paths.
     */
    public static Scene parse(String json, String fileName, Path sceneDir, AssetResolver assets) throws SceneFormatException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json.startsWith(BYTE_ORDER_MARK) ? json.substring(1) : json);
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            int line = where == null ? 0 : Math.max(0, where.getLineNr());
            throw SceneFormatException.atLine(fileName, line, "malformed JSON: " + syntaxProblem(e), e);
        }
        if (root == null || root.isMissingNode()) {
            throw SceneFormatException.ofFile(fileName, "the file is empty", null);
        }
        return new SceneReader(sceneDir, assets).read(JsonField.root(fileName, root));
    }

    /**
     * Writes {@code scene} to {@code file} atomically: on any failure the previous file is untouched
     * and no temporary file is left behind. Throws before touching the disk if the scene holds a
     * value a scene file cannot express.
     */
    public static void save(Scene scene, Path file) throws IOException {
        AtomicFile.write(file, toJson(scene).getBytes(StandardCharsets.UTF_8));
    }

    /** The scene file text of {@code scene}. */
    public static String toJson(Scene scene) throws IOException {
        return JsonText.print(SceneWriter.write(scene));
    }

    /**
     * Jackson's message, less its advice to programmers and the names of its internals: the one wording
     * of malformed JSON, for scene files and the editor's own files alike.
     */
    public static String syntaxProblem(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (e instanceof MismatchedInputException && message.startsWith("Trailing token")) {
            return "more text after the end of the scene";
        }
        if (e instanceof StreamConstraintsException) {
            return message.contains("nesting depth") ? "the JSON is nested too deeply"
                    : "a value in the JSON is too long";
        }
        int advice = message.indexOf(": enable `");
        String problem = advice >= 0 ? message.substring(0, advice) : message;
        int source = problem.indexOf("[Source:");
        problem = source >= 0 ? problem.substring(0, source) : problem;
        problem = problem.replaceAll("\\s*\\(?,? ?from `[^`]*`\\)?", "");
        int newline = problem.indexOf('\n');
        return (newline >= 0 ? problem.substring(0, newline) : problem).strip();
    }
}
