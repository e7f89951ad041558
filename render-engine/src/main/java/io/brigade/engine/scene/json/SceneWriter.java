package io.brigade.engine.scene.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.brigade.engine.animation.Keyframe;
import io.brigade.engine.animation.Track;
import io.brigade.engine.camera.Camera;
import io.brigade.engine.math.Color;
import io.brigade.engine.math.Vec3;
import io.brigade.engine.scene.Background;
import io.brigade.engine.scene.MeshSource;
import io.brigade.engine.scene.RenderSettings;
import io.brigade.engine.scene.Scene;
import io.brigade.engine.scene.SceneLight;
import io.brigade.engine.scene.SceneObject;
import io.brigade.engine.scene.Transform;
import io.brigade.engine.shading.DirectionalLight;
import io.brigade.engine.shading.Light;
import io.brigade.engine.shading.Material;
import io.brigade.engine.shading.PointLight;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/** Builds the JSON tree of a scene file; the inverse of {@link SceneReader}. */
final class SceneWriter {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private SceneWriter() {
    }

    /** Throws if the scene holds something a scene file cannot express (an unknown primitive). */
    static ObjectNode write(Scene scene) throws IOException {
        ObjectNode root = JSON.objectNode();
        root.put("format", SceneFiles.FORMAT);
        root.put("version", SceneFiles.VERSION);
        root.set("settings", settings(scene.settings()));
        ObjectNode camera = root.putObject("camera");
        TrackWriter.write(camera, scene.camera(), map(scene.camera(), SceneWriter::camera), Map.of());
        root.set("ambient", color(scene.ambient()));
        ArrayNode lights = root.putArray("lights");
        for (SceneLight light : scene.lights()) {
            ObjectNode node = lights.addObject();
            node.put("name", light.name());
            TrackWriter.write(node, light.light(), map(light.light(), SceneWriter::light), Map.of());
        }
        ArrayNode objects = root.putArray("objects");
        for (int i = 0; i < scene.objects().size(); i++) {
            objects.add(object(scene.objects().get(i), "objects[" + i + "]"));
        }
        return root;
    }

    private static ObjectNode settings(RenderSettings s) {
        ObjectNode node = JSON.objectNode();
        node.put("width", s.width());
        node.put("height", s.height());
        node.put("fps", s.fps());
        ObjectNode frames = node.putObject("frames");
        frames.put("start", s.startFrame());
        frames.put("end", s.endFrame());
        node.put("antiAliasing", s.antiAliasing());
        node.put("shading", Names.of(s.shading()));
        node.set("background", background(s.background()));
        node.put("wireframe", s.wireframe());
        return node;
    }

    private static JsonNode background(Background background) {
        if (background.isSolid()) {
            return color(background.top());
        }
        ObjectNode node = JSON.objectNode();
        node.set("top", color(background.top()));
        node.set("bottom", color(background.bottom()));
        return node;
    }

    private static ObjectNode camera(Camera c) {
        ObjectNode node = JSON.objectNode();
        node.set("position", vec3(c.position()));
        node.set("target", vec3(c.target()));
        node.set("up", vec3(c.up()));
        node.put("fov", c.fovYDegrees());
        node.put("near", c.near());
        node.put("far", c.far());
        return node;
    }

    private static ObjectNode light(Light light) {
        ObjectNode node = JSON.objectNode();
        if (light instanceof DirectionalLight d) {
            node.put("type", Names.DIRECTIONAL);
            node.set("direction", vec3(friendlyDirection(d)));
        } else if (light instanceof PointLight p) {
            node.put("type", Names.POINT);
            node.set("position", vec3(p.position()));
        }
        node.set("color", color(light.color()));
        node.put("intensity", light.intensity());
        if (light instanceof PointLight p) {
            node.put("range", p.range());
        }
        return node;
    }

    /**
     * Directions are stored normalized; written scaled so the largest component is 1 and with few
     * decimals ({@code [-1, -1, -1]}, not {@code [-0.5773502691896258, ...]}) wherever reading that
     * back gives exactly the same light.
     */
    private static Vec3 friendlyDirection(DirectionalLight light) {
        Vec3 d = light.direction();
        Predicate<Vec3> readsBackExactly = v -> v.length() > 0
                && new DirectionalLight(v, light.color(), light.intensity()).direction().equals(d);
        double largest = Math.max(Math.abs(d.x()), Math.max(Math.abs(d.y()), Math.abs(d.z())));
        Vec3 friendly = largest > 0 ? Decimals.shortest(d.times(1 / largest), readsBackExactly) : d;
        return readsBackExactly.test(friendly) ? friendly : d;
    }

    private static ObjectNode object(SceneObject object, String path) throws IOException {
        ObjectNode node = JSON.objectNode();
        node.put("name", object.name());
        node.set("mesh", mesh(object.source(), path + ".mesh"));
        if (object.materialOverride() != null) {
            node.set("material", material(object.materialOverride(), object.name()));
        }
        if (object.parent() != null) {
            node.put("parent", object.parent());
        }
        ObjectNode transform = JSON.objectNode();
        TrackWriter.write(transform, object.transform(), transformFields(object.transform()), Map.of(
                "translation", vec3(Vec3.ZERO), "rotation", vec3(Vec3.ZERO), "scale", JSON.numberNode(1.0)));
        if (!transform.isEmpty()) {
            node.set("transform", transform);
        }
        return node;
    }

    private static ObjectNode mesh(MeshSource source, String path) throws IOException {
        ObjectNode node = JSON.objectNode();
        if (source instanceof MeshSource.ObjFile obj) {
            node.put("obj", obj.path());
            return node;
        }
        MeshSource.Primitive primitive = (MeshSource.Primitive) source;
        List<String> known = Names.PRIMITIVE_PARAMETERS.get(primitive.kind());
        if (known == null) {
            throw new IOException("cannot save " + path + ": a scene file has no primitive \"" + primitive.kind()
                    + "\" (it knows " + JsonField.oneOf(Names.PRIMITIVE_PARAMETERS.keySet()) + ")");
        }
        for (String parameter : primitive.parameters().keySet()) {
            if (!known.contains(parameter)) {
                throw new IOException("cannot save " + path + ": a " + primitive.kind() + " has no parameter \""
                        + parameter + "\" (it has " + JsonField.oneOf(known) + ")");
            }
        }
        node.put("primitive", primitive.kind());
        for (String parameter : known) {
            Double value = primitive.parameters().get(parameter);
            if (value != null) {
                node.put(parameter, value);
            }
        }
        return node;
    }

    private static ObjectNode material(Material m, String objectName) {
        ObjectNode node = JSON.objectNode();
        if (!m.name().equals(objectName)) {
            node.put("name", m.name());
        }
        node.set("diffuse", color(m.diffuse()));
        node.set("specular", color(m.specular()));
        node.put("shininess", m.shininess());
        if (m.hasTexture()) {
            node.put("texture", m.diffuseTexture().source());
            node.put("wrap", Names.of(m.diffuseTexture().wrap()));
        }
        if (m.doubleSided()) {
            node.put("doubleSided", true);
        }
        return node;
    }

    /** Rotations as Euler degrees, each key's chosen near the previous key's so spins read naturally. */
    private static List<ObjectNode> transformFields(Track<Transform> track) {
        List<ObjectNode> fields = new ArrayList<>();
        Vec3 previousAngles = Vec3.ZERO;
        for (Keyframe<Transform> key : track.keys()) {
            Transform t = key.value();
            Vec3 angles = EulerAngles.nearest(t.rotation(), previousAngles);
            ObjectNode node = JSON.objectNode();
            node.set("translation", vec3(t.translation()));
            node.set("rotation", vec3(angles));
            Vec3 s = t.scale();
            node.set("scale", s.x() == s.y() && s.y() == s.z() ? JSON.numberNode(s.x()) : vec3(s));
            fields.add(node);
            previousAngles = angles;
        }
        return fields;
    }

    private static <T> List<ObjectNode> map(Track<T> track, Function<T, ObjectNode> fields) {
        return track.keys().stream().map(k -> fields.apply(k.value())).toList();
    }

    /** {@code "#rrggbb"} when that is exact, else {@code [r, g, b]}. */
    private static JsonNode color(Color c) {
        if (Color.fromHex(c.toHex()).equals(c)) {
            return JSON.textNode(c.toHex());
        }
        return JSON.arrayNode().add(c.r()).add(c.g()).add(c.b());
    }

    private static ArrayNode vec3(Vec3 v) {
        return JSON.arrayNode().add(v.x()).add(v.y()).add(v.z());
    }
}
