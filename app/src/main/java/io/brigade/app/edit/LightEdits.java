package io.brigade.app.edit;

import io.brigade.engine.scene.Scene;
import io.brigade.engine.scene.SceneLight;

/**
 * The changes the editor makes to a scene's lights that are not keyed values, as pure functions from one
 * immutable scene to the next. Lights are named by their index in {@link Scene#lights()}.
 */
public final class LightEdits {

    private LightEdits() {
    }

    /** The scene with the light called {@code newName}, stripped; a blank name or another light's is refused. */
    public static Scene renamed(Scene scene, int index, String newName) throws InvalidEditException {
        String name = newName.strip();
        if (name.isEmpty()) {
            throw new InvalidEditException("Name must not be blank: a light needs a name");
        }
        for (int i = 0; i < scene.lights().size(); i++) {
            if (i != index && scene.lights().get(i).name().equals(name)) {
                throw new InvalidEditException("Name must differ from the other lights': another light is already"
                        + " called \"" + name + "\"");
            }
        }
        SceneLight light = scene.lights().get(index);
        return name.equals(light.name()) ? scene : scene.withLight(index, new SceneLight(name, light.light()));
    }
}
