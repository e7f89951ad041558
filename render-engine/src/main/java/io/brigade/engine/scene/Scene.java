package io.brigade.engine.scene;

import io.brigade.engine.animation.Interpolators;
import io.brigade.engine.animation.Track;
import io.brigade.engine.camera.Camera;
import io.brigade.engine.geometry.Model;
import io.brigade.engine.math.Color;
import io.brigade.engine.math.Mat4;
import io.brigade.engine.shading.Light;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A deeply immutable animated scene: render settings, an animated camera, lights, ambient light and
 * objects that may hang from one another. Construction checks that the parts fit together and
 * throws {@link InvalidSceneException} naming the field when they do not.
 *
 * <p>{@link #poseAt(int)} is a pure function of the frame, safe to call from any thread.
 */
public final class Scene {

    /** The ambient light of a new scene and of a scene file that gives none. */
    public static final Color DEFAULT_AMBIENT = Color.fromHex("#1a1a1a");
    /**
     * The most triangles a scene may draw, all objects together: beyond this a scene cannot be held,
     * let alone rendered, in any ordinary heap (ten times the million-triangle benchmark scene).
     */
    public static final long MAX_TRIANGLES = 10_000_000L;

    private final RenderSettings settings;
    private final Track<Camera> camera;
    private final List<SceneLight> lights;
    private final Color ambient;
    private final List<SceneObject> objects;

    // derived once, read by poseAt
    private final ObjectHierarchy hierarchy;
    private final int[] parentsFirst;
    private final Model[] drawnModels;
    private final Mat4[] fixedLocalMatrices; // null where the transform is animated

    public Scene(RenderSettings settings, Track<Camera> camera, List<SceneLight> lights, Color ambient,
                 List<SceneObject> objects) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.camera = Objects.requireNonNull(camera, "camera");
        this.lights = List.copyOf(lights);
        this.ambient = Objects.requireNonNull(ambient, "ambient");
        this.objects = List.copyOf(objects);
        checkLightNames(this.lights);
        this.hierarchy = ObjectHierarchy.of(this.objects);
        this.parentsFirst = hierarchy.parentsFirst();
        int n = this.objects.size();
        this.drawnModels = new Model[n];
        this.fixedLocalMatrices = new Mat4[n];
        long triangles = 0;
        for (int i = 0; i < n; i++) {
            SceneObject object = this.objects.get(i);
            drawnModels[i] = object.drawnModel();
            triangles += drawnModels[i].triangleCount();
            checkTriangleCount(triangles, i);
            if (object.transform().isConstant()) {
                fixedLocalMatrices[i] = object.transform().keys().get(0).value().toMatrix();
            }
        }
    }

    /** A scene with no objects and no lights, seen by the default camera. */
    public static Scene empty(RenderSettings settings) {
        return new Scene(settings, Track.constant(Camera.DEFAULT, Interpolators.CAMERA), List.of(),
                DEFAULT_AMBIENT, List.of());
    }

    private static void checkTriangleCount(long triangles, int object) {
        if (triangles > MAX_TRIANGLES) {
            throw new InvalidSceneException("objects[" + object + "]", String.format(Locale.ROOT,
                    "the scene has %,d triangles up to this object, more than the %,d a scene may hold", triangles, MAX_TRIANGLES));
        }
    }

    private static void checkLightNames(List<SceneLight> lights) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < lights.size(); i++) {
            Integer earlier = seen.putIfAbsent(lights.get(i).name(), i);
            if (earlier != null) {
                throw new InvalidSceneException("lights[" + i + "].name",
                        "duplicate light name \"" + lights.get(i).name() + "\" (also lights[" + earlier + "])");
            }
        }
    }

    /** The scene time of a frame: {@code frame / fps} seconds. */
    public double secondsAt(int frame) {
        return frame / settings.fps();
    }

    /** Every animation evaluated at {@code frame}; world matrices include the parent chain. */
    public FramePose poseAt(int frame) {
        double seconds = secondsAt(frame);
        int n = objects.size();
        Mat4[] world = new Mat4[n];
        for (int i : parentsFirst) {
            Mat4 local = fixedLocalMatrices[i] != null
                    ? fixedLocalMatrices[i]
                    : objects.get(i).transform().valueAt(seconds).toMatrix();
            int parent = hierarchy.parentOf(i);
            world[i] = parent == ObjectHierarchy.NO_PARENT ? local : world[parent].multiply(local);
        }
        List<DrawItem> items = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            items.add(new DrawItem(i, objects.get(i).name(), drawnModels[i], world[i]));
        }
        List<Light> posedLights = new ArrayList<>(lights.size());
        for (SceneLight light : lights) {
            posedLights.add(light.light().valueAt(seconds));
        }
        return new FramePose(frame, camera.valueAt(seconds), posedLights, ambient, items);
    }

    public RenderSettings settings() {
        return settings;
    }

    /**
     * What loading the objects' models warned about (a missing material library or texture, say),
     * each once, in object order; each reads {@code file:line: what}. Empty when nothing was amiss.
     */
    public List<String> loadWarnings() {
        Set<String> warnings = new LinkedHashSet<>();
        for (SceneObject object : objects) {
            warnings.addAll(object.model().warnings());
        }
        return List.copyOf(warnings);
    }

    public Track<Camera> camera() {
        return camera;
    }

    public List<SceneLight> lights() {
        return lights;
    }

    public Color ambient() {
        return ambient;
    }

    public List<SceneObject> objects() {
        return objects;
    }

    /** The index of the object called {@code name}, or -1. */
    public int indexOfObject(String name) {
        for (int i = 0; i < objects.size(); i++) {
            if (objects.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    public Scene withSettings(RenderSettings newSettings) {
        return new Scene(newSettings, camera, lights, ambient, objects);
    }

    public Scene withCamera(Track<Camera> newCamera) {
        return new Scene(settings, newCamera, lights, ambient, objects);
    }

    public Scene withAmbient(Color newAmbient) {
        return new Scene(settings, camera, lights, newAmbient, objects);
    }

    public Scene withLights(List<SceneLight> newLights) {
        return new Scene(settings, camera, newLights, ambient, objects);
    }

    public Scene withLight(int index, SceneLight light) {
        return withLights(replaced(lights, index, light));
    }

    public Scene withObjects(List<SceneObject> newObjects) {
        return new Scene(settings, camera, lights, ambient, newObjects);
    }

    public Scene withObject(int index, SceneObject object) {
        return withObjects(replaced(objects, index, object));
    }

    /** This scene with {@code object} appended. */
    public Scene withObjectAdded(SceneObject object) {
        List<SceneObject> changed = new ArrayList<>(objects);
        changed.add(object);
        return withObjects(changed);
    }

    /** This scene without the object at {@code index}; throws if another object names it as parent. */
    public Scene withObjectRemoved(int index) {
        Objects.checkIndex(index, objects.size());
        List<SceneObject> changed = new ArrayList<>(objects);
        changed.remove(index);
        return withObjects(changed);
    }

    private static <T> List<T> replaced(List<T> list, int index, T element) {
        Objects.checkIndex(index, list.size());
        Objects.requireNonNull(element, "element");
        List<T> changed = new ArrayList<>(list);
        changed.set(index, element);
        return changed;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Scene s && settings.equals(s.settings) && camera.equals(s.camera)
                && lights.equals(s.lights) && ambient.equals(s.ambient) && objects.equals(s.objects);
    }

    @Override
    public int hashCode() {
        return Objects.hash(settings, camera, lights, ambient, objects);
    }

    @Override
    public String toString() {
        return "Scene[" + objects.size() + " objects, " + lights.size() + " lights, " + settings + "]";
    }
}
