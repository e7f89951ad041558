package io.brigade.app.edit;

import io.brigade.engine.geometry.MeshPart;
import io.brigade.engine.geometry.Model;
import io.brigade.engine.geometry.primitive.PrimitiveException;
import io.brigade.engine.geometry.primitive.PrimitiveFactory;
import io.brigade.engine.geometry.primitive.PrimitiveKind;
import io.brigade.engine.math.Color;
import io.brigade.engine.math.Vec3;
import io.brigade.engine.scene.MeshSource;
import io.brigade.engine.scene.RenderSettings;
import io.brigade.engine.scene.Scene;
import io.brigade.engine.scene.SceneLight;
import io.brigade.engine.scene.SceneObject;
import io.brigade.engine.scene.Transform;
import io.brigade.engine.shading.DirectionalLight;
import io.brigade.engine.shading.Material;
import java.util.List;
import java.util.Map;

/** The scene File > New starts from: the default camera and settings, one light, a ground plane. */
public final class NewScene {

    static final String LIGHT_NAME = "sun";
    static final String GROUND_NAME = "ground";
    private static final double GROUND_SIZE = 10;
    private static final Color GROUND_COLOR = new Color(0.6, 0.6, 0.62);

    private NewScene() {
    }

    public static Scene create() {
        MeshSource.Primitive plane = new MeshSource.Primitive(PrimitiveKind.PLANE.id(),
                Map.of("width", GROUND_SIZE, "depth", GROUND_SIZE));
        Model model;
        try {
            model = Model.of(new MeshPart(GROUND_NAME, PrimitiveFactory.create(plane), Material.DEFAULT));
        } catch (PrimitiveException e) {
            throw new IllegalStateException("the ground plane's fixed parameters are valid", e);
        }
        SceneObject ground = SceneObject.of(GROUND_NAME, plane, model, Transform.IDENTITY)
                .withMaterialOverride(Material.diffuse(GROUND_NAME, GROUND_COLOR));
        SceneLight sun = SceneLight.fixed(LIGHT_NAME, new DirectionalLight(new Vec3(-1, -2, -1), Color.WHITE, 1));
        return Scene.empty(RenderSettings.DEFAULT).withLights(List.of(sun)).withObjectAdded(ground);
    }
}
