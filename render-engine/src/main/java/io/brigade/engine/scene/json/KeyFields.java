package io.brigade.engine.scene.json;

/**
 * The fields that make up one keyframe's value: the keyframe's own, falling back to those written
 * once on the animated thing itself (which are all there is for a value without keyframes).
 */
final class KeyFields {

    private final JsonField key;    // null for a value without keyframes
    private final JsonField shared;

    KeyFields(JsonField key, JsonField shared) {
        this.key = key;
        this.shared = shared;
    }

    static KeyFields fixed(JsonField owner) {
        return new KeyFields(null, owner);
    }

    /** The keyframe's field, else the shared one, else null. */
    JsonField find(String name) {
        if (key != null && key.has(name)) {
            return key.optional(name);
        }
        return shared.optional(name);
    }

    JsonField required(String name) throws SceneFormatException {
        JsonField field = find(name);
        if (field == null) {
            throw innermost().errorAt(name, "required field is missing");
        }
        return field;
    }

    /** The keyframe, or the animated thing when there are no keyframes. */
    JsonField innermost() {
        return key != null ? key : shared;
    }

    /** Complains if the innermost layer itself (not the shared fields) has {@code name}. */
    void rejectOwn(String name, String problem) throws SceneFormatException {
        if (innermost().has(name)) {
            throw innermost().errorAt(name, problem);
        }
    }
}
