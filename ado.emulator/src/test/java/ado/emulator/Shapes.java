package ado.emulator;

import ado.core.json.JsonArray;
import ado.core.json.JsonBoolean;
import ado.core.json.JsonNull;
import ado.core.json.JsonNumber;
import ado.core.json.JsonObject;
import ado.core.json.JsonString;
import ado.core.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares the JSON shape of a response with Microsoft's example: every key of the example must be present with a
 * value of the same JSON type (string, number, boolean, object, array); values may differ; {@code null} in the
 * example matches anything. Array elements are compared with the keys that every element of the example has.
 * Keys the example lacks are reported as extras, which are allowed.
 */
final class Shapes {

    /** What differs: missing keys and type mismatches fail; extras are informational. */
    record Report(List<String> missing, List<String> mismatched, List<String> extras) {
        boolean matches() {
            return missing.isEmpty() && mismatched.isEmpty();
        }
    }

    private final List<String> missing = new ArrayList<>();
    private final List<String> mismatched = new ArrayList<>();
    private final List<String> extras = new ArrayList<>();

    private Shapes() {
    }

    static Report compare(JsonValue expected, JsonValue actual) {
        var s = new Shapes();
        s.walk("$", expected, actual);
        return new Report(List.copyOf(s.missing), List.copyOf(s.mismatched), List.copyOf(s.extras));
    }

    private void walk(String path, JsonValue expected, JsonValue actual) {
        if (expected instanceof JsonNull) {
            return;
        }
        if (!type(expected).equals(type(actual))) {
            mismatched.add(path + ": expected " + type(expected) + " but was " + type(actual));
            return;
        }
        if (expected instanceof JsonObject e) {
            JsonObject a = (JsonObject) actual;
            e.members().forEach((k, v) -> {
                if (!a.has(k)) {
                    missing.add(path + "." + k);
                } else {
                    walk(path + "." + k, v, a.get(k));
                }
            });
            a.members().keySet().stream().filter(k -> !e.has(k)).forEach(k -> extras.add(path + "." + k));
        } else if (expected instanceof JsonArray e && !e.values().isEmpty()) {
            JsonArray a = (JsonArray) actual;
            if (a.values().isEmpty()) {
                missing.add(path + "[]: the example has elements, the response none");
                return;
            }
            JsonValue common = common(e.values());
            for (int i = 0; i < a.size(); i++) {
                walk(path + "[" + i + "]", common, a.get(i));
            }
        }
    }

    /** {@return the shape every element shares: for objects, the keys all of them have} */
    static JsonValue common(List<JsonValue> elements) {
        if (!elements.stream().allMatch(JsonObject.class::isInstance)) {
            return elements.get(0);
        }
        Map<String, List<JsonValue>> byKey = new LinkedHashMap<>();
        for (JsonValue v : elements) {
            ((JsonObject) v).members().forEach((k, x) -> byKey.computeIfAbsent(k, key -> new ArrayList<>()).add(x));
        }
        var b = JsonObject.builder();
        byKey.forEach((k, values) -> {
            if (values.size() == elements.size()) {
                List<JsonValue> present = values.stream().filter(x -> !(x instanceof JsonNull)).toList();
                b.put(k, present.isEmpty() ? JsonNull.INSTANCE : common(present));
            }
        });
        return b.build();
    }

    static String type(JsonValue v) {
        if (v instanceof JsonObject) {
            return "object";
        }
        if (v instanceof JsonArray) {
            return "array";
        }
        if (v instanceof JsonString) {
            return "string";
        }
        if (v instanceof JsonNumber) {
            return "number";
        }
        if (v instanceof JsonBoolean) {
            return "boolean";
        }
        return "null";
    }
}
