package ado.emulator.internal.spec;

import ado.core.json.JsonArray;
import ado.core.json.JsonBoolean;
import ado.core.json.JsonNull;
import ado.core.json.JsonNumber;
import ado.core.json.JsonObject;
import ado.core.json.JsonString;
import ado.core.json.JsonValue;
import java.math.BigInteger;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Checks a JSON value against a Swagger 2.0 schema of one specification file: {@code $ref} to its definitions,
 * {@code allOf}, {@code type}, {@code format} ({@code uuid}, {@code date-time}, {@code int16}/{@code int32}/
 * {@code int64} ranges), {@code enum} (names compared ignoring case; a flags value {@code "a, b"} is checked name by
 * name), {@code items}, {@code properties} and {@code additionalProperties}. {@code null} fits any schema.
 *
 * <p>Strict (answers): members the schema does not define are reported unless it allows additional properties or
 * defines none, and enums must be names. Liberal (requests, read as ADO's serializer reads them): undefined members,
 * enums by integer, and scalars written as strings ({@code "true"}, {@code "5"}) pass; only a value of the wrong
 * shape (object, array or scalar where another is wanted) is reported.
 */
final class SchemaCheck {

    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final int MAX_DEPTH = 64;
    /** Json.NET's own types, which the specifications describe by their .NET members; on the wire any JSON. */
    private static final java.util.Set<String> JSON_NET = java.util.Set.of("JObject", "JToken", "JArray",
            "JContainer", "JValue");
    /** The formats of JSON strings; the specifications also write .NET type names there, which are not checked. */
    private static final java.util.Set<String> JSON_FORMATS = java.util.Set.of("uuid", "date-time", "byte", "date",
            "uri", "email", "binary", "password");

    private final JsonObject definitions;
    private final boolean strict;
    private final String operationId;
    private final Consumer<Violation> out;

    SchemaCheck(JsonObject definitions, boolean strict, String operationId, Consumer<Violation> out) {
        this.definitions = definitions;
        this.strict = strict;
        this.operationId = operationId;
        this.out = out;
    }

    /** Checks {@code value} at {@code path} against {@code schema}. */
    void check(JsonValue value, JsonObject schema, String path) {
        check(value, schema, path, 0);
    }

    private void check(JsonValue value, JsonObject schema, String path, int depth) {
        if (value == null || value instanceof JsonNull || depth > MAX_DEPTH) {
            return;
        }
        JsonObject s = resolve(schema);
        if (s.get("enum") instanceof JsonArray values) {
            checkEnum(value, values, path);
            return;
        }
        JsonObject listBase = arrayBase(s);
        if (listBase != null) {
            // a class deriving from List<T> (JsonPatchDocument): an object whose allOf holds the array
            s = listBase;
        }
        String type = s.string("type").orElse(s.has("properties") || s.has("allOf") ? "object" : "");
        if (type.equals("object") && !s.has("properties") && !s.has("allOf") && !s.has("additionalProperties")) {
            return; // a bare object is .NET's System.Object: any value
        }
        if (type.equals("string") && !s.string("format").map(JSON_FORMATS::contains).orElse(true)) {
            return; // a .NET type name as the format (T, JToken, Stream, TimeSpan, ...): the generator's placeholder
        }
        switch (type) {
            case "object" -> checkObject(value, s, path, depth);
            case "array" -> {
                if (!(value instanceof JsonArray array)) {
                    mismatch(value, "array", path);
                    return;
                }
                if (s.get("items") instanceof JsonObject items) {
                    for (JsonValue item : array.values()) {
                        check(item, items, path + "[]", depth + 1);
                    }
                }
            }
            case "string" -> checkString(value, s.string("format").orElse(""), path);
            case "integer" -> checkInteger(value, s.string("format").orElse(""), path);
            case "number" -> {
                if (!(value instanceof JsonNumber) && !(!strict && value instanceof JsonString str && isNumber(str))) {
                    mismatch(value, "number", path);
                }
            }
            case "boolean" -> {
                if (!(value instanceof JsonBoolean) && !(!strict && value instanceof JsonString str
                        && (str.value().equalsIgnoreCase("true") || str.value().equalsIgnoreCase("false")))) {
                    mismatch(value, "boolean", path);
                }
            }
            default -> {
                // no type: anything fits
            }
        }
    }

    private void checkObject(JsonValue value, JsonObject s, String path, int depth) {
        if (!(value instanceof JsonObject object)) {
            mismatch(value, "object", path);
            return;
        }
        var properties = new LinkedHashMap<String, JsonObject>();
        JsonValue[] additional = {null};
        collect(s, properties, additional, 0);
        for (Map.Entry<String, JsonValue> m : object.members().entrySet()) {
            String member = m.getKey();
            String at = path + "." + member;
            JsonObject p = properties.get(member);
            if (p == null) {
                p = properties.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(member))
                        .map(Map.Entry::getValue).findFirst().orElse(null);
                if (p != null && strict) {
                    out.accept(new Violation("member-case", operationId, at,
                            "the schema writes this member in another case"));
                }
            }
            if (p != null) {
                check(m.getValue(), p, at, depth + 1);
            } else if (additional[0] instanceof JsonObject extra) {
                check(m.getValue(), extra, at, depth + 1);
            } else if (additional[0] == null && !properties.isEmpty() && strict) {
                out.accept(new Violation("undefined-member", operationId, at,
                        "the schema defines no member '" + member + "'"));
            }
        }
    }

    /** Gathers the properties of an object schema and its {@code allOf} parts. */
    private void collect(JsonObject schema, Map<String, JsonObject> properties, JsonValue[] additional, int depth) {
        JsonObject s = resolve(schema);
        if (depth > MAX_DEPTH) {
            return;
        }
        if (s.get("allOf") instanceof JsonArray parts) {
            for (JsonValue part : parts.values()) {
                if (part instanceof JsonObject p) {
                    collect(p, properties, additional, depth + 1);
                }
            }
        }
        if (s.get("properties") instanceof JsonObject props) {
            props.members().forEach((name, p) -> {
                if (p instanceof JsonObject o) {
                    properties.putIfAbsent(name, o);
                }
            });
        }
        JsonValue extra = s.get("additionalProperties");
        if (extra instanceof JsonObject || extra == JsonBoolean.TRUE) {
            additional[0] = extra instanceof JsonObject o ? o : JsonObject.EMPTY;
        }
    }

    private JsonObject arrayBase(JsonObject s) {
        if (s.get("allOf") instanceof JsonArray parts) {
            for (JsonValue part : parts.values()) {
                if (part instanceof JsonObject p && resolve(p).string("type").filter("array"::equals).isPresent()) {
                    return resolve(p);
                }
            }
        }
        return null;
    }

    private JsonObject resolve(JsonObject schema) {
        JsonObject s = schema;
        for (int i = 0; i < MAX_DEPTH && s.get("$ref") instanceof JsonString ref; i++) {
            String name = ref.value().substring(ref.value().lastIndexOf('/') + 1);
            if (JSON_NET.contains(name)) {
                return JsonObject.EMPTY; // Json.NET's JObject/JToken reflected as a class: any JSON
            }
            if (!(definitions.get(name) instanceof JsonObject target)) {
                return JsonObject.EMPTY;
            }
            s = target;
        }
        return s;
    }

    private void checkEnum(JsonValue value, JsonArray values, String path) {
        List<String> names = new ArrayList<>();
        for (JsonValue v : values.values()) {
            if (v instanceof JsonString str) {
                names.add(str.value());
            }
        }
        if (value instanceof JsonNumber) {
            if (strict) {
                out.accept(new Violation("enum", operationId, path,
                        "the number " + value.toJson() + " where the schema wants one of " + names));
            }
            return;
        }
        if (!(value instanceof JsonString str)) {
            mismatch(value, "string (enum)", path);
            return;
        }
        for (String part : str.value().split(",")) {
            String name = part.trim();
            if (names.stream().noneMatch(n -> n.equalsIgnoreCase(name))) {
                out.accept(new Violation("enum", operationId, path, "'" + name + "' is not one of " + names));
            } else if (strict && !names.contains(name)) {
                out.accept(new Violation("enum-case", operationId, path, "'" + name + "' is written "
                        + names.stream().filter(n -> n.equalsIgnoreCase(name)).findFirst().orElseThrow()
                        + " by the schema"));
            }
        }
    }

    private void checkString(JsonValue value, String format, String path) {
        if (!(value instanceof JsonString str)) {
            if (strict || value instanceof JsonObject || value instanceof JsonArray) {
                mismatch(value, "string" + (format.isEmpty() ? "" : " (" + format + ")"), path);
            }
            return;
        }
        String v = str.value();
        switch (format) {
            case "uuid" -> {
                if (!UUID.matcher(v).matches()) {
                    format(path, "'" + abbreviate(v) + "' is not a uuid");
                }
            }
            case "date-time" -> {
                try {
                    DateTimeFormatter.ISO_DATE_TIME.parse(v);
                } catch (DateTimeParseException e) {
                    format(path, "'" + abbreviate(v) + "' is not an ISO 8601 date-time");
                }
            }
            default -> {
                // other formats (byte, TimeSpan, .NET type names) are not checked
            }
        }
    }

    private void checkInteger(JsonValue value, String format, String path) {
        BigInteger n;
        if (value instanceof JsonNumber num) {
            try {
                n = num.bigDecimalValue().toBigIntegerExact();
            } catch (ArithmeticException e) {
                mismatch(value, "integer", path);
                return;
            }
        } else if (!strict && value instanceof JsonString str && str.value().matches("-?\\d{1,19}")) {
            n = new BigInteger(str.value());
        } else {
            mismatch(value, "integer" + (format.isEmpty() ? "" : " (" + format + ")"), path);
            return;
        }
        int bits = switch (format) {
            case "int16" -> 16;
            case "int32" -> 32;
            default -> 64;
        };
        if (n.bitLength() > bits - 1) {
            format(path, n + " is out of the range of " + (format.isEmpty() ? "int64" : format));
        }
    }

    private void mismatch(JsonValue value, String wanted, String path) {
        out.accept(new Violation("type", operationId, path, "a " + kind(value) + " where the schema wants "
                + wanted));
    }

    private void format(String path, String detail) {
        out.accept(new Violation("format", operationId, path, detail));
    }

    private static String kind(JsonValue v) {
        if (v instanceof JsonObject) {
            return "object";
        } else if (v instanceof JsonArray) {
            return "array";
        } else if (v instanceof JsonString) {
            return "string";
        } else if (v instanceof JsonNumber) {
            return "number";
        }
        return v instanceof JsonBoolean ? "boolean" : "null";
    }

    private static boolean isNumber(JsonString s) {
        return s.value().toLowerCase(Locale.ROOT).matches("-?\\d+(\\.\\d+)?(e[+-]?\\d+)?");
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }
}
