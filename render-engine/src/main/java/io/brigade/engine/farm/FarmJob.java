package io.brigade.engine.farm;

import io.brigade.engine.geometry.MeshPart;
import io.brigade.engine.scene.MeshSource;
import io.brigade.engine.scene.Scene;
import io.brigade.engine.scene.SceneObject;
import io.brigade.engine.scene.json.SceneFiles;
import io.brigade.engine.shading.Material;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A job ready to ship: the scene file's text and every file it refers to, as paths relative to a common
 * root folder. Built on the submitter, from a scene it has loaded, so every file named here exists.
 *
 * @param sceneDir the scene's folder relative to the root ({@code ""} when it is the root)
 * @param files    relative path ({@code /}-separated) to the file's bytes
 */
public record FarmJob(String sceneName, String sceneJson, String sceneDir, Map<String, byte[]> files) {

    public FarmJob {
        files = Map.copyOf(files);
    }

    /**
     * The job for {@code scene} (with any overridden settings) loaded from {@code sceneFile}: its JSON text,
     * its OBJ files, the MTL files they name and every texture.
     */
    public static FarmJob of(Path sceneFile, Scene scene) throws IOException {
        Path sceneDir = sceneFile.toAbsolutePath().normalize().getParent();
        Set<Path> assets = new LinkedHashSet<>();
        for (SceneObject object : scene.objects()) {
            addTexture(assets, sceneDir, object.materialOverride());
            if (object.source() instanceof MeshSource.ObjFile obj) {
                Path objFile = resolve(sceneDir, obj.path());
                assets.add(objFile);
                List<Path> libraries = materialLibraries(objFile);
                assets.addAll(libraries);
                for (MeshPart part : object.model().parts()) {
                    for (Path library : libraries) {
                        addTexture(assets, library.getParent(), part.material());
                    }
                }
            }
        }
        Path root = commonRoot(sceneDir, assets);
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Path asset : assets) {
            files.put(relative(root, asset), Files.readAllBytes(asset));
        }
        return new FarmJob(sceneFile.getFileName().toString(), SceneFiles.toJson(scene), relative(root, sceneDir), files);
    }

    private static void addTexture(Set<Path> assets, Path dir, Material material) {
        if (material != null && material.diffuseTexture() != null) {
            Path file = resolve(dir, material.diffuseTexture().source());
            if (Files.isRegularFile(file)) {
                assets.add(file);
            }
        }
    }

    /** The MTL files an OBJ file names on its {@code mtllib} lines, read as the OBJ reader reads them. */
    private static List<Path> materialLibraries(Path objFile) throws IOException {
        List<Path> libraries = new ArrayList<>();
        try (Stream<String> lines = Files.lines(objFile, StandardCharsets.ISO_8859_1)) {
            for (String line : (Iterable<String>) lines::iterator) {
                String trimmed = line.strip();
                if (!trimmed.startsWith("mtllib ") && !trimmed.startsWith("mtllib\t")) {
                    continue;
                }
                String written = trimmed.substring("mtllib".length()).strip();
                Path whole = resolve(objFile.getParent(), written);
                if (Files.isRegularFile(whole)) {
                    libraries.add(whole);
                    continue;
                }
                for (String name : written.split("[ \\t\\x0B\\f]+")) {
                    Path library = resolve(objFile.getParent(), name);
                    if (Files.isRegularFile(library)) {
                        libraries.add(library);
                    }
                }
            }
        }
        return libraries;
    }

    private static Path resolve(Path dir, String written) {
        return dir.resolve(written.replace('\\', '/')).normalize();
    }

    private static Path commonRoot(Path sceneDir, Set<Path> files) {
        Path root = sceneDir;
        for (Path file : files) {
            while (!file.startsWith(root)) {
                root = root.getParent();
            }
        }
        return root;
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
