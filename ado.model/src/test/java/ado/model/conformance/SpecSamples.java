package ado.model.conformance;

import ado.core.json.JsonArray;
import ado.core.json.JsonCodec;
import ado.core.json.JsonObject;
import ado.core.json.JsonString;
import ado.core.json.JsonType;
import ado.core.json.JsonValue;
import ado.model.conformance.BindingTable.Binding;
import ado.model.conformance.BindingTable.Mode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The data half of the conformance suite, for any codec: from each definition a record is bound to ({@code read}
 * mode), a spec-shaped sample document (every property with a value of its type, nested definitions expanded
 * once per path and at most six levels deep), bound to the record and written back; it must bind without error
 * and write back every member it had
 * (those in spec-exceptions.tsv aside). {@code ado.json}'s tests run it with the Jackson codec.
 */
public final class SpecSamples {

    private static final int DEPTH = 6;

    private final SpecIndex spec = SpecIndex.load();
    private final Map<String, Binding> bindings = BindingTable.bindings();
    private final Map<String, String> exceptions = BindingTable.exceptions();
    private final Deque<String> expanding = new ArrayDeque<>();
    private int documents;

    /** {@return what went wrong binding each record's sample with {@code codec}; empty when nothing did} */
    public List<String> check(JsonCodec codec) {
        List<String> failures = new ArrayList<>();
        documents = 0;
        for (Class<?> type : ModelRecords.all()) {
            String key = ModelRecords.key(type);
            Binding b = bindings.get(key);
            if (b == null || b.mode() != Mode.READ || type.getTypeParameters().length > 0) {
                continue;
            }
            expanding.push(b.definitions().get(0));
            JsonObject sample = sample(b.file(), b.definitions().subList(0, 1), 0);
            expanding.pop();
            documents++;
            try {
                Object bound = codec.read(codec.write(sample), JsonType.of(type));
                JsonValue written = codec.read(codec.write(bound), JsonType.of(JsonValue.class));
                Set<String> back = written instanceof JsonObject o ? o.members().keySet() : Set.of();
                List<String> lost = sample.members().keySet().stream()
                        .filter(p -> !back.contains(p) && !exceptions.containsKey(key + "." + p)).toList();
                if (!lost.isEmpty()) {
                    failures.add(key + ": written back without " + lost);
                }
            } catch (RuntimeException e) {
                failures.add(key + ": " + e);
            }
        }
        return failures;
    }

    /** {@return how many sample documents the last {@link #check} bound} */
    public int documents() {
        return documents;
    }

    private JsonObject sample(String file, List<String> definitions, int depth) {
        var b = JsonObject.builder();
        for (String d : definitions) {
            spec.properties(file, d).forEach((name, schema) -> {
                JsonValue value = value(file, name, schema, depth);
                if (value != null && !b.build().has(name)) {
                    b.put(name, value);
                }
            });
        }
        return b.build();
    }

    /** {@return a value for property {@code name}, or {@code null} to leave it out (too deep)} */
    private JsonValue value(String file, String name, JsonObject schema, int depth) {
        String ref = SpecIndex.refName(schema);
        if (ref != null) {
            if (ref.equals("ReferenceLinks")) { // a .NET dictionary on the wire: {"self": {"href": ...}}
                return JsonValue.parse("{\"self\":{\"href\":\"https://dev.azure.com/fabrikam/_apis/x\"}}");
            }
            if (ref.equals("IdentityDescriptor")) { // written as "identityType;identifier"
                return new JsonString("Microsoft.TeamFoundation.Identity;S-1-9-1551374245-1204400969");
            }
            if (!spec.has(file, ref)) {
                return JsonObject.EMPTY;
            }
            JsonObject def = spec.definition(file, ref);
            if (def.has("properties") || def.has("allOf")) {
                if (depth >= DEPTH || expanding.contains(ref)) {
                    return null; // a definition inside itself (children, subPages) or too deep: left out
                }
                expanding.push(ref);
                try {
                    return sample(file, List.of(ref), depth + 1);
                } finally {
                    expanding.pop();
                }
            }
            return value(file, name, def, depth);
        }
        List<String> values = spec.enumValues(file, schema);
        if (!values.isEmpty()) {
            return new JsonString(values.get(values.size() > 1 ? 1 : 0));
        }
        String type = schema.get("type") instanceof JsonString s ? s.value() : "";
        String format = schema.get("format") instanceof JsonString s ? s.value() : "";
        if (format.matches("[A-Z]")) { // Change<T>.item: an item
            return JsonValue.parse("{\"path\":\"/src/a.txt\",\"objectId\":\"" + text("objectId", "") + "\"}");
        }
        switch (type) {
            case "string":
                return new JsonString(text(name, format));
            case "integer":
                return JsonValue.parse("7");
            case "number":
                return JsonValue.parse("0.5");
            case "boolean":
                return JsonValue.parse("true");
            case "array":
                if (schema.get("items") instanceof JsonObject items && depth < DEPTH) {
                    JsonValue item = value(file, name, items, depth + 1);
                    return item == null ? null : new JsonArray(List.of(item));
                }
                return null;
            default:
                if (schema.get("additionalProperties") instanceof JsonObject values2) {
                    JsonValue v = depth < DEPTH ? value(file, "key", values2, depth + 1) : null;
                    return v == null ? null : JsonObject.builder().put("key", v).build();
                }
                return JsonObject.EMPTY;
        }
    }

    /** A string that passes the records' checks for a member of this name and format. */
    private static String text(String name, String format) {
        String n = name.toLowerCase(Locale.ROOT);
        if (format.equals("uuid")) {
            return "2a3b4c5d-0000-4000-8000-00000000000" + (n.length() % 10);
        }
        if (format.equals("date-time")) {
            return "2024-01-02T03:04:05.5Z";
        }
        if (n.endsWith("objectid") || n.endsWith("commitid") || n.equals("treeid") || n.equals("parents")) {
            return "0123456789abcdef0123456789abcdef01234567";
        }
        if (n.endsWith("refname") || n.equals("name")) { // a full ref name is a valid name of anything
            return "refs/heads/main";
        }
        if (n.equals("id")) { // ids the spec types string are GUIDs on the wire
            return "2a3b4c5d-0000-4000-8000-000000000001";
        }
        if (n.endsWith("url") || n.equals("href")) {
            return "https://dev.azure.com/fabrikam/_apis/x";
        }
        if (n.equals("path")) {
            return "/src/a.txt";
        }
        return name + " value";
    }
}
