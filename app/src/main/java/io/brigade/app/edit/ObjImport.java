package io.brigade.app.edit;

import io.brigade.engine.scene.AssetException;
import io.brigade.engine.geometry.Model;
import io.brigade.engine.scene.AssetResolver;
import io.brigade.engine.scene.MeshSource;
import io.brigade.engine.scene.Scene;
import io.brigade.engine.scene.SceneObject;
import io.brigade.engine.scene.Transform;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** Adding an OBJ model to a scene as a new object, with the path the scene file will keep for it. */
public final class ObjImport {

    private ObjImport() {
    }

    /**
     * The path to write in the scene for {@code objFile}: relative to the folder of {@code sceneFile} when
     * both lie under one root, with forward slashes so the scene reads the same on every system; absolute
     * otherwise, or when the scene has no file yet.
     */
    public static String sourcePath(Path objFile, Optional<Path> sceneFile) {
        Path obj = objFile.toAbsolutePath().normalize();
        Optional<Path> folder = sceneFile.map(file -> file.toAbsolutePath().normalize().getParent());
        if (folder.isPresent() && folder.get().getRoot() != null && folder.get().getRoot().equals(obj.getRoot())) {
            return folder.get().relativize(obj).toString().replace('\\', '/');
        }
        return obj.toString();
    }

    /**
     * {@code scene} with the model in {@code objFile} added at the origin, named after the file; read through
     * {@code assets} as the scene loader would read it, so the object saves and reopens the same.
     *
     * @throws AssetException naming the file and line when the OBJ (or its MTL) cannot be read
     */
    public static Scene withObjAdded(Scene scene, Path objFile, Optional<Path> sceneFile, AssetResolver assets)
            throws AssetException {
        MeshSource.ObjFile source = new MeshSource.ObjFile(sourcePath(objFile, sceneFile));
        Path sceneDir = sceneFile.map(file -> file.toAbsolutePath().normalize().getParent())
                .orElse(objFile.toAbsolutePath().normalize().getParent());
        Model model = assets.model(source, sceneDir);
        String base = objFile.getFileName().toString();
        if (base.toLowerCase(Locale.ROOT).endsWith(".obj")) {
            base = base.substring(0, base.length() - ".obj".length());
        }
        return scene.withObjectAdded(SceneObject.of(ObjectEdits.unusedName(scene, base), source, model,
                Transform.IDENTITY));
    }
}
