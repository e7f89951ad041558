package io.brigade.engine.scene.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.brigade.engine.math.Color;
import io.brigade.engine.math.Vec3;
import io.brigade.engine.scene.SceneLimits;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A JSON value together with its path in the document, so that every complaint about it names the
 * field: {@code objects[2].transform.keyframes[0].time: must be >= 0, got -1}.
 */
final class JsonField {

    private final String fileName;
    private final String path;
    private final JsonNode node;

    private JsonField(String fileName, String path, JsonNode node) {
        this.fileName = fileName;
        this.path = path;
        this.node = node;
    }

    static JsonField root(String fileName, JsonNode node) {
        return new JsonField(fileName, "", node);
    }

    String path() {
        return path;
    }

    String fileName() {
        return fileName;
    }

    /** The path of a member of this object, present or not. */
    /** The value as JSON text, for messages. */
    String json() {
        return node.toString();
    }

    String pathOf(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    SceneFormatException error(String problem) {
        return SceneFormatException.atField(fileName, path, problem);
    }

    SceneFormatException errorAt(String name, String problem) {
        return SceneFormatException.atField(fileName, pathOf(name), problem);
    }

    SceneFormatException errorAt(String name, String problem, Throwable cause) {
        return SceneFormatException.atField(fileName, pathOf(name), problem, cause);
    }

    // ---- objects

    /** Checks that this is an object. */
    JsonField expectObject() throws SceneFormatException {
        requireType(node.isObject(), "an object");
        return this;
    }

    /** Checks that this is an object whose members all have one of the allowed names. */
    JsonField expectObject(Collection<String> allowed) throws SceneFormatException {
        requireType(node.isObject(), "an object");
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw errorAt(name, "unknown field (expected " + oneOf(allowed) + ")");
            }
        }
        return this;
    }

    boolean has(String name) {
        JsonNode member = node.get(name);
        return member != null && !member.isNull();
    }

    /** A member that must be present (and not null). */
    JsonField required(String name) throws SceneFormatException {
        if (!has(name)) {
            throw errorAt(name, "required field is missing");
        }
        return member(name);
    }

    /** A member, or null when it is absent or null. */
    JsonField optional(String name) {
        return has(name) ? member(name) : null;
    }

    private JsonField member(String name) {
        return new JsonField(fileName, pathOf(name), node.get(name));
    }

    List<String> memberNames() {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    // ---- arrays

    boolean isArray() {
        return node.isArray();
    }

    boolean isObject() {
        return node.isObject();
    }

    List<JsonField> elements() throws SceneFormatException {
        requireType(node.isArray(), "an array");
        List<JsonField> elements = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            elements.add(new JsonField(fileName, path + "[" + i + "]", node.get(i)));
        }
        return elements;
    }

    // ---- scalars

    String asString() throws SceneFormatException {
        requireType(node.isTextual(), "a string");
        return node.textValue();
    }

    String asNonBlankString() throws SceneFormatException {
        String text = asString();
        if (text.isBlank()) {
            throw error("must not be empty");
        }
        return text;
    }

    boolean asBoolean() throws SceneFormatException {
        requireType(node.isBoolean(), "true or false");
        return node.booleanValue();
    }

    double asDouble() throws SceneFormatException {
        requireType(node.isNumber(), "a number");
        double value = node.doubleValue();
        if (!Double.isFinite(value)) {
            throw error("the number is too large"); // JSON has no NaN or infinity: only overflow gets here
        }
        return value;
    }

    double asDoubleAtLeast(double min) throws SceneFormatException {
        double value = asDouble();
        if (value < min) {
            throw error("must be >= " + number(min) + ", got " + node);
        }
        return value;
    }

    double asDoubleAbove(double min) throws SceneFormatException {
        double value = asDouble();
        if (value <= min) {
            throw error("must be > " + number(min) + ", got " + node);
        }
        return value;
    }

    double asDoubleBetween(double min, double max) throws SceneFormatException {
        double value = asDouble();
        if (value < min || value > max) {
            throw error("must be between " + number(min) + " and " + number(max) + ", got " + node);
        }
        return value;
    }

    int asIntBetween(int min, int max) throws SceneFormatException {
        double value = asDouble();
        if (value != Math.rint(value)) {
            throw error("must be a whole number, got " + node);
        }
        if (value < min || value > max) {
            throw error("must be between " + min + " and " + max + ", got " + node);
        }
        return (int) value;
    }

    /** A string that must be one of the keys of {@code values}. */
    <E> E asOneOf(Map<String, E> values) throws SceneFormatException {
        String text = asString();
        E value = values.get(text);
        if (value == null) {
            throw error("unknown value \"" + text + "\" (expected " + oneOf(values.keySet()) + ")");
        }
        return value;
    }

    /**
     * {@code [x, y, z]}, each within {@link SceneLimits#MAX_COORDINATE}: beyond it a coordinate's square
     * overflows the renderer's float arithmetic and the frame comes out empty, so it is refused with its place.
     */
    Vec3 asVec3() throws SceneFormatException {
        double[] v = asNumbers(3, "[x, y, z]");
        for (int i = 0; i < 3; i++) {
            String problem = SceneLimits.coordinateProblem(v[i]);
            if (problem != null) {
                throw new JsonField(fileName, path + "[" + i + "]", node.get(i)).error(problem);
            }
        }
        return new Vec3(v[0], v[1], v[2]);
    }

    /** {@code "#rrggbb"} or {@code [r, g, b]} with components >= 0. */
    Color asColor() throws SceneFormatException {
        if (node.isTextual()) {
            String text = node.textValue();
            if (!text.matches("#[0-9a-fA-F]{6}")) {
                throw error("expected a colour like \"#ff8800\" or [r, g, b], got \"" + text + "\"");
            }
            return Color.fromHex(text);
        }
        if (!node.isArray()) {
            throw error("expected a colour like \"#ff8800\" or [r, g, b], got " + describe(node));
        }
        double[] c = asNumbers(3, "[r, g, b]");
        for (int i = 0; i < 3; i++) {
            if (c[i] < 0) {
                throw new JsonField(fileName, path + "[" + i + "]", node.get(i)).error("must be >= 0, got " + node.get(i));
            }
        }
        return new Color(c[0], c[1], c[2]);
    }

    private double[] asNumbers(int count, String shape) throws SceneFormatException {
        if (!node.isArray() || node.size() != count) {
            String got = node.isArray() ? "an array of " + node.size() : describe(node);
            throw error("expected " + shape + ", got " + got);
        }
        double[] values = new double[count];
        List<JsonField> elements = elements();
        for (int i = 0; i < count; i++) {
            values[i] = elements.get(i).asDouble();
        }
        return values;
    }

    private void requireType(boolean ok, String expected) throws SceneFormatException {
        if (!ok) {
            throw error("expected " + expected + ", got " + describe(node));
        }
    }

    private static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            case STRING -> "a string";
            case NUMBER -> "the number " + node;
            case BOOLEAN -> node.toString();
            case NULL -> "null";
            default -> node.getNodeType().toString().toLowerCase(Locale.ROOT);
        };
    }

    static String oneOf(Collection<String> names) {
        List<String> list = new ArrayList<>(names);
        if (list.size() == 1) {
            return list.get(0);
        }
        return String.join(", ", list.subList(0, list.size() - 1)) + " or " + list.get(list.size() - 1);
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
