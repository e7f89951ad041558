package io.brigade.engine.scene.json;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

/**
 * Prints a JSON tree for people: two-space indents, and small values (numbers, vectors, short
 * objects without nested objects such as one keyframe) on one line. Numbers are written exactly,
 * whole ones without a fraction ({@code 90}, not {@code 90.0}).
 */
final class JsonText {

    private static final int LINE_WIDTH = 100;
    private static final String INDENT = "  ";

    private JsonText() {
    }

    /** Throws if the tree holds a number JSON cannot (NaN or infinite), naming where. */
    static String print(JsonNode root) throws IOException {
        StringBuilder out = new StringBuilder();
        write(root, "", 0, out);
        return out.append('\n').toString();
    }

    private static void write(JsonNode node, String path, int depth, StringBuilder out) throws IOException {
        if (fitsOnOneLine(node)) {
            String line = oneLine(node, path);
            if (depth * INDENT.length() + line.length() <= LINE_WIDTH) {
                out.append(line);
                return;
            }
        }
        boolean object = node.isObject();
        out.append(object ? '{' : '[');
        if (!node.isEmpty()) {
            out.append('\n');
            int index = 0;
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            for (JsonNode element : node) {
                out.append(INDENT.repeat(depth + 1));
                String childPath;
                if (object) {
                    String name = fields.next().getKey();
                    out.append(quote(name)).append(": ");
                    childPath = path.isEmpty() ? name : path + "." + name;
                } else {
                    childPath = path + "[" + index + "]";
                }
                write(element, childPath, depth + 1, out);
                out.append(++index < node.size() ? ",\n" : "\n");
            }
            out.append(INDENT.repeat(depth));
        }
        out.append(object ? '}' : ']');
    }

    /** Scalars, arrays of scalars, and objects or arrays whose members are those. */
    private static boolean fitsOnOneLine(JsonNode node) {
        if (node.isValueNode()) {
            return true;
        }
        for (JsonNode member : node) {
            if (!member.isValueNode() && !(member.isArray() && allScalars(member))) {
                return false;
            }
        }
        return true;
    }

    private static boolean allScalars(JsonNode array) {
        for (JsonNode element : array) {
            if (!element.isValueNode()) {
                return false;
            }
        }
        return true;
    }

    private static String oneLine(JsonNode node, String path) throws IOException {
        if (node.isValueNode()) {
            return scalar(node, path);
        }
        StringBuilder line = new StringBuilder(node.isObject() ? "{" : "[");
        int index = 0;
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        for (JsonNode element : node) {
            if (index > 0) {
                line.append(", ");
            }
            String childPath;
            if (node.isObject()) {
                String name = fields.next().getKey();
                line.append(quote(name)).append(": ");
                childPath = path.isEmpty() ? name : path + "." + name;
            } else {
                childPath = path + "[" + index + "]";
            }
            line.append(oneLine(element, childPath));
            index++;
        }
        return line.append(node.isObject() ? '}' : ']').toString();
    }

    private static String scalar(JsonNode node, String path) throws IOException {
        if (node.isTextual()) {
            return quote(node.textValue());
        }
        if (node.isNumber() && !node.isIntegralNumber()) {
            return number(node.doubleValue(), path);
        }
        return node.toString(); // integers, booleans, null
    }

    private static String number(double value, String path) throws IOException {
        if (!Double.isFinite(value)) {
            throw new IOException("cannot save " + path + ": " + value + " is not a number a scene file can hold");
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15 && !isNegativeZero(value)) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    private static boolean isNegativeZero(double value) {
        return Double.doubleToRawLongBits(value) == Double.doubleToRawLongBits(-0.0);
    }

    private static String quote(String text) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"";
    }
}
