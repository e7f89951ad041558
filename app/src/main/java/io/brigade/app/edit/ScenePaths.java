package io.brigade.app.edit;

import io.brigade.engine.scene.MeshSource;
import io.brigade.engine.scene.Scene;
import io.brigade.engine.scene.SceneObject;
import io.brigade.engine.shading.Material;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The file paths a scene names relative to its own file: its OBJ models and its textures. A scene saved into
 * another folder gets them rewritten so that they still point at the same files (an OBJ's MTL and the MTL's
 * textures are named relative to the OBJ, which does not move, so they need nothing).
 */
public final class ScenePaths {

    private ScenePaths() {
    }

    /**
     * {@code scene}, written in {@code fromFile}, with its relative paths rewritten for {@code toFile}; the very
     * same scene when both files lie in one folder or the scene names no relative path.
     */
    public static Scene rebased(Scene scene, Path fromFile, Path toFile) {
        Path from = folderOf(fromFile);
        if (from.equals(folderOf(toFile))) {
            return scene;
        }
        List<SceneObject> objects = new ArrayList<>(scene.objects().size());
        boolean changed = false;
        for (SceneObject object : scene.objects()) {
            SceneObject rebased = rebased(object, from, toFile);
            changed |= rebased != object;
            objects.add(rebased);
        }
        return changed ? scene.withObjects(objects) : scene;
    }

    /** {@link #rebased(Scene, Path, Path)} that gives one scene the same result however often it is asked. */
    public static UnaryOperator<Scene> rebasing(Path fromFile, Path toFile) {
        Map<Scene, Scene> done = new IdentityHashMap<>();
        return scene -> done.computeIfAbsent(scene, original -> rebased(original, fromFile, toFile));
    }

    private static SceneObject rebased(SceneObject object, Path from, Path toFile) {
        SceneObject result = object;
        if (object.source() instanceof MeshSource.ObjFile obj) {
            String path = rebased(obj.path(), from, toFile);
            if (!path.equals(obj.path())) {
                result = result.withGeometry(new MeshSource.ObjFile(path), object.model());
            }
        }
        Material material = object.materialOverride();
        if (material != null && material.hasTexture()) {
            String source = material.diffuseTexture().source();
            String path = rebased(source, from, toFile);
            if (!path.equals(source)) {
                result = result.withMaterialOverride(material.withTexture(material.diffuseTexture().withSource(path)));
            }
        }
        return result;
    }

    /** An absolute path stays; a relative one is resolved where it was written and made relative to the new file. */
    private static String rebased(String path, Path from, Path toFile) {
        if (Path.of(path).isAbsolute()) {
            return path;
        }
        return ObjImport.sourcePath(from.resolve(path), Optional.of(toFile));
    }

    private static Path folderOf(Path file) {
        return file.toAbsolutePath().normalize().getParent();
    }
}
