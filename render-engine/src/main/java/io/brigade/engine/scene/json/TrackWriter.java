package io.brigade.engine.scene.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.brigade.engine.animation.Interpolation;
import io.brigade.engine.animation.Keyframe;
import io.brigade.engine.animation.Track;

import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes an animated value in the form {@link TrackReader} reads: a never-changing value as plain
 * fields, otherwise keyframes, with the fields that are the same in every keyframe written once on
 * the owner and the most common interpolation as the owner's.
 */
final class TrackWriter {

    private TrackWriter() {
    }

    /**
     * @param keyFields one object of value fields per key, in key order
     * @param defaults  fields the reader assumes when absent; owner-level fields equal to them are left out
     */
    static <T> void write(ObjectNode owner, Track<T> track, List<ObjectNode> keyFields, Map<String, JsonNode> defaults) {
        List<Keyframe<T>> keys = track.keys();
        if (keys.size() == 1 && keys.get(0).time() == 0 && keys.get(0).interpolation() == Interpolation.LINEAR) {
            putAll(owner, keyFields.get(0), defaults);
            return;
        }
        ObjectNode shared = sharedFields(keyFields);
        putAll(owner, shared, defaults);
        Interpolation common = mostCommonInterpolation(keys);
        if (common != Interpolation.LINEAR) {
            owner.put(TrackReader.INTERPOLATION, Names.of(common));
        }
        ArrayNode array = owner.putArray(TrackReader.KEYFRAMES);
        for (int i = 0; i < keys.size(); i++) {
            ObjectNode key = array.addObject();
            key.put(TrackReader.TIME, keys.get(i).time());
            if (keys.get(i).interpolation() != common) {
                key.put(TrackReader.INTERPOLATION, Names.of(keys.get(i).interpolation()));
            }
            keyFields.get(i).fields().forEachRemaining(f -> {
                if (!shared.has(f.getKey())) {
                    key.set(f.getKey(), f.getValue());
                }
            });
        }
    }

    private static void putAll(ObjectNode owner, ObjectNode fields, Map<String, JsonNode> defaults) {
        fields.fields().forEachRemaining(f -> {
            if (!f.getValue().equals(defaults.get(f.getKey()))) {
                owner.set(f.getKey(), f.getValue());
            }
        });
    }

    /** The fields present with the same value in every key. */
    private static ObjectNode sharedFields(List<ObjectNode> keyFields) {
        ObjectNode shared = keyFields.get(0).deepCopy();
        for (ObjectNode fields : keyFields.subList(1, keyFields.size())) {
            Iterator<Map.Entry<String, JsonNode>> it = shared.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!field.getValue().equals(fields.get(field.getKey()))) {
                    it.remove();
                }
            }
        }
        return shared;
    }

    /** Ties favour linear, the reader's default, then the earlier constant. */
    private static Interpolation mostCommonInterpolation(List<? extends Keyframe<?>> keys) {
        Map<Interpolation, Integer> counts = new EnumMap<>(Interpolation.class);
        for (Keyframe<?> key : keys) {
            counts.merge(key.interpolation(), 1, Integer::sum);
        }
        Interpolation best = Interpolation.LINEAR;
        for (Interpolation candidate : counts.keySet()) {
            if (counts.get(candidate) > counts.getOrDefault(best, 0)) {
                best = candidate;
            }
        }
        return best;
    }
}
