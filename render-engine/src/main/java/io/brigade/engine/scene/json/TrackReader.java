package io.brigade.engine.scene.json;

import io.brigade.engine.animation.Interpolation;
import io.brigade.engine.animation.Interpolator;
import io.brigade.engine.animation.Keyframe;
import io.brigade.engine.animation.Track;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an animated value. Without {@code "keyframes"} the value's fields sit on the owner and it
 * never changes. With them, each keyframe has a {@code "time"} in seconds, an optional
 * {@code "interpolation"} (else the owner's, else linear) and the value fields that differ from
 * those written on the owner, which hold for every keyframe.
 */
final class TrackReader {

    static final String KEYFRAMES = "keyframes";
    static final String INTERPOLATION = "interpolation";
    static final String TIME = "time";

    @FunctionalInterface
    interface ValueReader<T> {
        T read(KeyFields fields) throws SceneFormatException;
    }

    private TrackReader() {
    }

    /** The owner's own member names are the caller's to check; {@code valueFields} are allowed in keyframes. */
    static <T> Track<T> read(JsonField owner, List<String> valueFields, Interpolator<T> interpolator,
                             ValueReader<T> values) throws SceneFormatException {
        JsonField keyframes = owner.optional(KEYFRAMES);
        if (keyframes == null) {
            if (owner.has(INTERPOLATION)) {
                throw owner.errorAt(INTERPOLATION, "only meaningful with keyframes");
            }
            return Track.constant(values.read(KeyFields.fixed(owner)), interpolator);
        }
        Interpolation shared = owner.has(INTERPOLATION)
                ? owner.required(INTERPOLATION).asOneOf(Names.INTERPOLATIONS) : Interpolation.LINEAR;
        List<JsonField> elements = keyframes.elements();
        if (elements.isEmpty()) {
            throw keyframes.error("must list at least one keyframe");
        }
        Set<String> allowed = new LinkedHashSet<>(List.of(TIME, INTERPOLATION));
        allowed.addAll(valueFields);
        Map<Double, Integer> indexByTime = new HashMap<>();
        List<Keyframe<T>> keys = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            JsonField key = elements.get(i).expectObject(allowed);
            double time = key.required(TIME).asDoubleAtLeast(0) + 0.0; // -0 is 0
            Integer earlier = indexByTime.putIfAbsent(time, i);
            if (earlier != null) {
                throw key.errorAt(TIME, "keyframes[" + earlier + "] has the same time");
            }
            Interpolation interpolation = key.has(INTERPOLATION)
                    ? key.required(INTERPOLATION).asOneOf(Names.INTERPOLATIONS) : shared;
            keys.add(new Keyframe<>(time, values.read(new KeyFields(key, owner)), interpolation));
        }
        return Track.of(interpolator, keys);
    }
}
