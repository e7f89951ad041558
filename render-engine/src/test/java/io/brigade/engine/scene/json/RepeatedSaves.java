package io.brigade.engine.scene.json;

import io.brigade.engine.geometry.Model;
import io.brigade.engine.math.Vec3;
import io.brigade.engine.scene.AssetException;
import io.brigade.engine.scene.MeshSource;
import io.brigade.engine.scene.RenderSettings;
import io.brigade.engine.scene.Scene;
import io.brigade.engine.scene.SceneObject;
import io.brigade.engine.scene.TestAssets;
import io.brigade.engine.scene.Transform;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The child process of {@link KilledSceneSaveTest}: saves version 1, 2, 3, ... of a large scene to one file
 * with the engine's atomic save, as fast as it can, printing "saved N" after each, until it is killed.
 */
final class RepeatedSaves {

    static final String SAVED = "saved ";
    /** Enough objects for a scene file of half a megabyte, so that a write takes a while. */
    private static final int OBJECTS = 2000;

    private RepeatedSaves() {
    }

    public static void main(String[] args) throws IOException, AssetException {
        Path file = Path.of(args[0]);
        Scene base = largeScene();
        for (int version = 1; ; version++) {
            SceneFiles.save(version(base, version), file);
            System.out.println(SAVED + version);
        }
    }

    /** The large scene, told apart by its frame range: version {@code v} ends at frame {@code v}. */
    static Scene version(Scene base, int version) {
        return base.withSettings(base.settings().withFrames(0, version));
    }

    static Scene largeScene() throws AssetException {
        MeshSource cube = new MeshSource.Primitive("cube", Map.of("size", 0.5));
        Model model = TestAssets.standIns().model(cube, Path.of("."));
        List<SceneObject> objects = new ArrayList<>(OBJECTS);
        for (int i = 0; i < OBJECTS; i++) {
            Transform at = Transform.translation(new Vec3(i % 64, (i / 64) % 64, i / 4096.0));
            objects.add(SceneObject.of("cube " + i, cube, model, at));
        }
        return Scene.empty(RenderSettings.DEFAULT).withObjects(objects);
    }
}
