package io.brigade.engine.scene.json;

import io.brigade.engine.animation.Interpolation;
import io.brigade.engine.shading.ShadingMode;
import io.brigade.engine.shading.WrapMode;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The words a scene file uses for enum values and primitive parameters. */
final class Names {

    static final Map<String, Interpolation> INTERPOLATIONS = byLowerCaseName(Interpolation.values());
    static final Map<String, ShadingMode> SHADING_MODES = byLowerCaseName(ShadingMode.values());
    static final Map<String, WrapMode> WRAP_MODES = byLowerCaseName(WrapMode.values());

    static final String DIRECTIONAL = "directional";
    static final String POINT = "point";
    static final Map<String, String> LIGHT_TYPES = orderedMap(DIRECTIONAL, POINT);

    /** Primitive kinds and the parameters each accepts (all optional: the generator has defaults). */
    static final Map<String, List<String>> PRIMITIVE_PARAMETERS = primitiveParameters();

    private Names() {
    }

    static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static <E extends Enum<E>> Map<String, E> byLowerCaseName(E[] values) {
        Map<String, E> map = new LinkedHashMap<>();
        for (E value : values) {
            map.put(of(value), value);
        }
        return Collections.unmodifiableMap(map);
    }

    private static Map<String, String> orderedMap(String... words) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String word : words) {
            map.put(word, word);
        }
        return Collections.unmodifiableMap(map);
    }

    private static Map<String, List<String>> primitiveParameters() {
        Map<String, List<String>> map = new LinkedHashMap<>();
        map.put("cube", List.of("size"));
        map.put("cylinder", List.of("radius", "height", "segments"));
        map.put("plane", List.of("width", "depth", "subdivisionsX", "subdivisionsZ"));
        map.put("sphere", List.of("radius", "segments", "rings"));
        map.put("teapot", List.of("subdivisions"));
        map.put("torus", List.of("majorRadius", "minorRadius", "majorSegments", "minorSegments"));
        return Collections.unmodifiableMap(map);
    }
}
