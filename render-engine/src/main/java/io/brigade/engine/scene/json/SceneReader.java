package io.brigade.engine.scene.json;

import io.brigade.engine.animation.Interpolators;
import io.brigade.engine.animation.Track;
import io.brigade.engine.camera.Camera;
import io.brigade.engine.geometry.Model;
import io.brigade.engine.math.Color;
import io.brigade.engine.scene.AssetException;
import io.brigade.engine.scene.AssetResolver;
import io.brigade.engine.scene.InvalidSceneException;
import io.brigade.engine.scene.MeshSource;
import io.brigade.engine.scene.RenderSettings;
import io.brigade.engine.scene.Scene;
import io.brigade.engine.scene.SceneLight;
import io.brigade.engine.scene.SceneObject;
import io.brigade.engine.scene.Transform;
import io.brigade.engine.shading.Light;
import io.brigade.engine.shading.Material;
import io.brigade.engine.shading.Texture;
import io.brigade.engine.shading.WrapMode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the JSON tree of one scene file into a {@link Scene}: first the whole document is checked
 * and read, then the assets it names are resolved (each distinct one once), then the scene is built.
 */
final class SceneReader {

    private static final List<String> TOP_LEVEL = List.of("format", "version", "settings", "camera", "ambient", "lights", "objects");
    private static final List<String> LIGHT_OWN = List.of("name", TrackReader.INTERPOLATION, TrackReader.KEYFRAMES);
    private static final List<String> OBJECT_FIELDS = List.of("name", "mesh", "material", "parent", "transform");
    private static final List<String> MATERIAL_FIELDS = List.of("name", "diffuse", "specular", "shininess", "texture", "wrap", "doubleSided");
    private static final List<String> TRANSFORM_OWN = List.of(TrackReader.INTERPOLATION, TrackReader.KEYFRAMES);

    private final Path sceneDir;
    private final AssetResolver assets;
    private final Map<MeshSource, Model> models = new HashMap<>();
    private final Map<TextureKey, Texture> textures = new HashMap<>();

    private record TextureKey(String path, WrapMode wrap) {
    }

    /** A material as written, its texture not yet loaded. */
    private record MaterialSpec(JsonField field, Material material, String texture, WrapMode wrap) {
    }

    /** An object as written, its assets not yet loaded. */
    private record ObjectSpec(String name, JsonField mesh, MeshSource source, MaterialSpec material,
                              Track<Transform> transform, String parent) {
    }

    SceneReader(Path sceneDir, AssetResolver assets) {
        this.sceneDir = sceneDir;
        this.assets = assets;
    }

    Scene read(JsonField root) throws SceneFormatException {
        checkHeader(root);
        root.expectObject(TOP_LEVEL);
        RenderSettings settings = SettingsReader.read(root.optional("settings"));
        Track<Camera> camera = camera(root.optional("camera"));
        Color ambient = root.has("ambient") ? root.required("ambient").asColor() : Scene.DEFAULT_AMBIENT;
        List<SceneLight> lights = new ArrayList<>();
        for (JsonField light : list(root, "lights")) {
            lights.add(light(light));
        }
        List<ObjectSpec> specs = new ArrayList<>();
        for (JsonField object : list(root, "objects")) {
            specs.add(objectSpec(object));
        }
        List<SceneObject> objects = new ArrayList<>();
        for (ObjectSpec spec : specs) {
            objects.add(resolve(spec));
        }
        try {
            return new Scene(settings, camera, lights, ambient, objects);
        } catch (InvalidSceneException e) {
            throw SceneFormatException.atField(root.fileName(), e.fieldPath(), e.problem());
        }
    }

    /** The format and version come first: a newer file may well have fields this version does not know. */
    private static void checkHeader(JsonField root) throws SceneFormatException {
        root.expectObject();
        String format = root.required("format").asString();
        if (!format.equals(SceneFiles.FORMAT)) {
            throw root.errorAt("format", "expected \"" + SceneFiles.FORMAT + "\", got \"" + format + "\"");
        }
        JsonField versionField = root.required("version");
        int version = versionField.asIntBetween(1, Integer.MAX_VALUE);
        if (version > SceneFiles.VERSION) {
            throw versionField.error("version " + version + " is newer than this program understands (up to "
                    + SceneFiles.VERSION + "); please update Brigade");
        }
    }

    private static List<JsonField> list(JsonField root, String name) throws SceneFormatException {
        JsonField field = root.optional(name);
        return field == null ? List.of() : field.elements();
    }

    private static Track<Camera> camera(JsonField camera) throws SceneFormatException {
        if (camera == null) {
            return Track.constant(Camera.DEFAULT, Interpolators.CAMERA);
        }
        camera.expectObject(concat(TRANSFORM_OWN, ValueReaders.CAMERA_FIELDS));
        return ValueReaders.cameraTrack(camera);
    }

    private static SceneLight light(JsonField light) throws SceneFormatException {
        light.expectObject(concat(LIGHT_OWN, ValueReaders.LIGHT_FIELDS));
        String name = light.required("name").asNonBlankString();
        Track<Light> track = ValueReaders.lightTrack(light);
        return new SceneLight(name, track);
    }

    private static ObjectSpec objectSpec(JsonField object) throws SceneFormatException {
        object.expectObject(OBJECT_FIELDS);
        String name = object.required("name").asNonBlankString();
        JsonField mesh = object.required("mesh");
        MeshSource source = meshSource(mesh);
        JsonField materialField = object.optional("material");
        MaterialSpec material = materialField == null ? null : materialSpec(materialField, name);
        JsonField transformField = object.optional("transform");
        Track<Transform> transform = Track.constant(Transform.IDENTITY, Transform.INTERPOLATOR);
        if (transformField != null) {
            transformField.expectObject(concat(TRANSFORM_OWN, ValueReaders.TRANSFORM_FIELDS));
            transform = ValueReaders.transformTrack(transformField);
        }
        String parent = object.has("parent") ? object.required("parent").asNonBlankString() : null;
        return new ObjectSpec(name, mesh, source, material, transform, parent);
    }

    /** {@code {"primitive": "sphere", "radius": 1, ...}} or {@code {"obj": "models/head.obj"}}. */
    private static MeshSource meshSource(JsonField mesh) throws SceneFormatException {
        mesh.expectObject();
        boolean primitive = mesh.has("primitive");
        boolean obj = mesh.has("obj");
        if (primitive == obj) {
            throw mesh.error(primitive ? "give either \"primitive\" or \"obj\", not both"
                    : "needs \"primitive\" (a generated shape) or \"obj\" (a model file)");
        }
        if (obj) {
            mesh.expectObject(List.of("obj"));
            return new MeshSource.ObjFile(mesh.required("obj").asNonBlankString());
        }
        JsonField kindField = mesh.required("primitive");
        List<String> parameters = kindField.asOneOf(Names.PRIMITIVE_PARAMETERS);
        String kind = kindField.asString();
        mesh.expectObject(concat(List.of("primitive"), parameters));
        Map<String, Double> values = new LinkedHashMap<>();
        for (String parameter : parameters) {
            if (mesh.has(parameter)) {
                values.put(parameter, mesh.required(parameter).asDouble());
            }
        }
        return new MeshSource.Primitive(kind, values);
    }

    private static MaterialSpec materialSpec(JsonField field, String objectName) throws SceneFormatException {
        field.expectObject(MATERIAL_FIELDS);
        Material d = Material.DEFAULT;
        String name = field.has("name") ? field.required("name").asNonBlankString() : objectName;
        Color diffuse = field.has("diffuse") ? field.required("diffuse").asColor() : d.diffuse();
        Color specular = field.has("specular") ? field.required("specular").asColor() : d.specular();
        double shininess = field.has("shininess") ? field.required("shininess").asDoubleAtLeast(0) : d.shininess();
        String texture = field.has("texture") ? field.required("texture").asNonBlankString() : null;
        WrapMode wrap = WrapMode.REPEAT;
        if (field.has("wrap")) {
            if (texture == null) {
                throw field.errorAt("wrap", "only meaningful with a texture");
            }
            wrap = field.required("wrap").asOneOf(Names.WRAP_MODES);
        }
        boolean doubleSided = field.has("doubleSided") && field.required("doubleSided").asBoolean();
        return new MaterialSpec(field, new Material(name, diffuse, specular, shininess, null, doubleSided), texture, wrap);
    }

    private SceneObject resolve(ObjectSpec spec) throws SceneFormatException {
        Model model = model(spec);
        Material material = null;
        if (spec.material() != null) {
            material = spec.material().material();
            if (spec.material().texture() != null) {
                material = material.withTexture(texture(spec.material()));
            }
        }
        return new SceneObject(spec.name(), spec.source(), model, material, spec.transform(), spec.parent());
    }

    private Model model(ObjectSpec spec) throws SceneFormatException {
        Model model = models.get(spec.source());
        if (model == null) {
            String field = spec.source() instanceof MeshSource.ObjFile ? "obj" : "primitive";
            try {
                model = assets.model(spec.source(), sceneDir);
            } catch (AssetException | IllegalArgumentException e) { // a generator refusing its parameters
                throw spec.mesh().errorAt(field, e.getMessage(), e);
            }
            models.put(spec.source(), model);
        }
        return model;
    }

    private Texture texture(MaterialSpec spec) throws SceneFormatException {
        TextureKey key = new TextureKey(spec.texture(), spec.wrap());
        Texture texture = textures.get(key);
        if (texture == null) {
            try {
                texture = assets.texture(spec.texture(), spec.wrap(), sceneDir);
            } catch (AssetException | IllegalArgumentException e) {
                throw spec.field().errorAt("texture", e.getMessage(), e);
            }
            textures.put(key, texture);
        }
        return texture;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
