package io.brigade.app.recovery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.brigade.engine.io.FileProblems;
import io.brigade.engine.io.RegularFiles;
import io.brigade.engine.scene.Scene;
import io.brigade.engine.scene.StandardAssetResolver;
import io.brigade.engine.io.AtomicFile;
import io.brigade.engine.scene.json.SceneFiles;
import io.brigade.engine.scene.json.SceneFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * The one recovery file in a folder: the scene file's JSON wrapped with the file it belongs to and the time
 * of the autosave. Written atomically, so a crash mid-write leaves the previous autosave whole. Blocking
 * file I/O: call it off the FX thread.
 */
public final class RecoveryStore {

    static final String FILE_NAME = "autosave.recovery.json";
    static final String FORMAT = "brigade-recovery";
    static final int VERSION = 1;
    private static final String BROKEN_PREFIX = "broken-";

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final Path folder;

    /** Keeps its file in {@code folder}, made when first needed. */
    public RecoveryStore(Path folder) {
        this.folder = Objects.requireNonNull(folder, "folder").toAbsolutePath();
    }

    /** The folder the application uses: {@code .brigade/recovery} in the user's home. */
    public static RecoveryStore forUser() {
        return new RecoveryStore(Path.of(System.getProperty("user.home"), ".brigade", "recovery"));
    }

    /** Where the recovery file lives. */
    public Path file() {
        return folder.resolve(FILE_NAME);
    }

    /** Replaces the recovery file with {@code recovered}. */
    public void write(RecoveredScene recovered) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("sceneFile", recovered.sceneFile().map(file -> file.toAbsolutePath().toString()).orElse(null));
        root.put("savedAt", recovered.savedAt().toString());
        root.set("scene", MAPPER.readTree(SceneFiles.toJson(recovered.scene())));
        Files.createDirectories(folder);
        AtomicFile.write(file(), MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
    }

    /**
     * The autosaved scene, with its meshes and textures read relative to the folder of the scene file it
     * belongs to; empty when there is no recovery file.
     *
     * @throws SceneFormatException naming the recovery file and the field at fault
     */
    public Optional<RecoveredScene> read() throws SceneFormatException {
        Path file = file();
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        String name = FILE_NAME;
        JsonNode root;
        try {
            root = MAPPER.readTree(RegularFiles.readAtMost(file, SceneFiles.MAX_FILE_BYTES));
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
            throw SceneFormatException.atLine(name, line, "malformed JSON: " + SceneFiles.syntaxProblem(e), e);
        } catch (IOException e) {
            throw SceneFormatException.ofFile(name, "cannot read the file (" + FileProblems.describe(e) + ")", e);
        }
        if (root == null || !root.isObject()) {
            throw SceneFormatException.ofFile(name, "not a recovery file", null);
        }
        if (!FORMAT.equals(root.path("format").asText()) || root.path("version").asInt() != VERSION) {
            throw SceneFormatException.atField(name, "format", "expected \"" + FORMAT + "\" version " + VERSION);
        }
        Optional<Path> sceneFile = sceneFile(root, name);
        Instant savedAt = savedAt(root, name);
        JsonNode scene = root.path("scene");
        if (!scene.isObject()) {
            throw SceneFormatException.atField(name, "scene", "missing or not an object");
        }
        Path sceneDir = sceneFile.map(Path::getParent).orElse(folder);
        Scene parsed = SceneFiles.parse(scene.toString(), name, sceneDir, new StandardAssetResolver());
        return Optional.of(new RecoveredScene(parsed, sceneFile, savedAt));
    }

    /** Removes the recovery file, if there is one. */
    public void delete() throws IOException {
        Files.deleteIfExists(file());
    }

    /** Renames an unreadable recovery file so it is kept but offered no more; returns its new path. */
    public Path keepAside(Instant now) throws IOException {
        String stamp = now.toString().replace(':', '-');
        return Files.move(file(), folder.resolve(BROKEN_PREFIX + stamp + "-" + FILE_NAME));
    }

    private static Optional<Path> sceneFile(JsonNode root, String name) throws SceneFormatException {
        JsonNode node = root.path("sceneFile");
        if (node.isNull() || node.isMissingNode()) {
            return Optional.empty();
        }
        try {
            Path file = node.isTextual() ? Path.of(node.asText()) : null;
            if (file == null || !file.isAbsolute() || file.getFileName() == null) {
                throw SceneFormatException.atField(name, "sceneFile", "expected an absolute file path or null");
            }
            return Optional.of(file);
        } catch (InvalidPathException e) {
            throw SceneFormatException.atField(name, "sceneFile", "not a path here: " + e.getMessage(), e);
        }
    }

    private static Instant savedAt(JsonNode root, String name) throws SceneFormatException {
        try {
            return Instant.parse(root.path("savedAt").asText());
        } catch (DateTimeParseException e) {
            throw SceneFormatException.atField(name, "savedAt", "expected a time such as 2026-01-31T12:00:00Z", e);
        }
    }

}
