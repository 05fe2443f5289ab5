package ado.model.conformance;

import ado.core.json.JsonArray;
import ado.core.json.JsonEnumNumber;
import ado.core.json.JsonNames;
import ado.core.json.JsonObject;
import ado.core.json.JsonString;
import ado.core.json.JsonValue;
import ado.model.conformance.BindingTable.Binding;
import ado.model.conformance.BindingTable.Mode;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Holds every bound record of ado.model to its spec definition and collects what disagrees, by kind: a JSON type
 * mismatch, a component the definition does not have, a property neither modelled nor kept, an enum value without
 * a constant, a binding that is missing or names no definition, an exception that no longer applies.
 */
final class SpecConformance {

    /** What a finding is about. */
    enum Kind { BINDING, TYPE, NAME, DROP, ENUM, STALE }

    /** One disagreement. */
    record Finding(Kind kind, String where, String message) {
        @Override
        public String toString() {
            return kind + " " + where + ": " + message;
        }
    }

    private final SpecIndex spec;
    private final List<Class<?>> records;
    private final Map<String, Binding> bindings;
    private final Map<String, String> exceptions;
    private final List<Finding> findings = new ArrayList<>();
    private final Set<String> usedExceptions = new HashSet<>();
    private final Set<Class<?>> enumsChecked = new LinkedHashSet<>();
    private int propertiesChecked;
    private int componentsChecked;

    SpecConformance(SpecIndex spec, List<Class<?>> records, Map<String, Binding> bindings,
                    Map<String, String> exceptions) {
        this.spec = spec;
        this.records = records;
        this.bindings = bindings;
        this.exceptions = exceptions;
    }

    /** Runs every check; {@return this} */
    SpecConformance run() {
        Set<String> keys = new HashSet<>();
        for (Class<?> type : records) {
            String key = ModelRecords.key(type);
            keys.add(key);
            Binding b = bindings.get(key);
            if (b == null) {
                add(Kind.BINDING, key, "public record without an entry in spec-bindings.tsv: bind it to the spec"
                        + " definition it models (file#Definition read|write) or say why it models none (- reason)");
            } else if (b.mode() != Mode.NONE) {
                if (b.definitions().stream().anyMatch(d -> !spec.has(b.file(), d))) {
                    add(Kind.BINDING, key, "spec-bindings.tsv:" + b.line() + " names no definition: " + b.file()
                            + "#" + b.definition());
                } else {
                    check(type, key, b);
                }
            }
        }
        bindings.keySet().stream().filter(k -> !keys.contains(k)).forEach(k ->
                add(Kind.STALE, k, "spec-bindings.tsv names a record that does not exist (or is not public)"));
        exceptions.keySet().stream().filter(k -> !usedExceptions.contains(k)).forEach(k ->
                add(Kind.STALE, k, "spec-exceptions.tsv entry no longer needed: remove it"));
        return this;
    }

    List<Finding> findings() {
        return findings;
    }

    int recordsBound() {
        return (int) bindings.values().stream().filter(b -> b.mode() != Mode.NONE).count();
    }

    int recordsUnbound() {
        return (int) bindings.values().stream().filter(b -> b.mode() == Mode.NONE).count();
    }

    int propertiesChecked() {
        return propertiesChecked;
    }

    int componentsChecked() {
        return componentsChecked;
    }

    int enumsChecked() {
        return enumsChecked.size();
    }

    private void check(Class<?> type, String key, Binding b) {
        Map<String, JsonObject> properties = properties(b);
        Set<String> modelled = new HashSet<>();
        for (RecordComponent c : type.getRecordComponents()) {
            if (ModelRecords.isUnmapped(c)) {
                continue;
            }
            String name = ModelRecords.wireName(c);
            modelled.add(name);
            String where = key + "." + name;
            componentsChecked++;
            JsonObject schema = properties.get(name);
            if (schema == null) {
                if (!excepted(where)) {
                    add(Kind.NAME, where, "component is no property of " + b.file() + "#" + b.definition()
                            + " (properties: " + properties.keySet() + ")");
                }
                continue;
            }
            if (!exceptions.containsKey(where)) {
                checkType(where, c.getGenericType(), b.file(), schema);
            } else {
                usedExceptions.add(where);
            }
        }
        if (b.mode() == Mode.READ) {
            boolean keepsOthers = ModelRecords.hasUnmapped(type);
            for (String property : properties.keySet()) {
                propertiesChecked++;
                String where = key + "." + property;
                if (!modelled.contains(property) && !keepsOthers && !excepted(where)) {
                    add(Kind.DROP, where, "property of " + b.definition() + " is neither a component nor kept by a"
                            + " @JsonUnmapped member: model it, keep it, or list it with a reason in"
                            + " spec-exceptions.tsv");
                }
            }
        }
    }

    /** {@return the properties of every definition {@code b} binds, the first definition's schema winning} */
    private Map<String, JsonObject> properties(Binding b) {
        Map<String, JsonObject> out = new LinkedHashMap<>();
        for (String d : b.definitions()) {
            spec.properties(b.file(), d).forEach(out::putIfAbsent);
        }
        return out;
    }

    private boolean excepted(String where) {
        if (exceptions.containsKey(where)) {
            usedExceptions.add(where);
            return true;
        }
        return false;
    }

    /** Checks that a component of Java type {@code type} can carry what {@code schema} describes. */
    private void checkType(String where, Type type, String file, JsonObject schema) {
        Class<?> raw = raw(type);
        if (raw == JsonValue.class || raw == Object.class) {
            return;
        }
        String ref = SpecIndex.refName(schema);
        if (ref != null) {
            if (!spec.has(file, ref)) {
                return;
            }
            JsonObject def = spec.definition(file, ref);
            if (ref.equals("IdentityDescriptor") && raw == String.class) {
                return; // ADO writes an IdentityDescriptor as "identityType;identifier" (see the ims vectors)
            }
            if (def.has("properties") || def.has("allOf") || !def.has("type")) {
                checkObject(where, raw, file, ref);
            } else {
                checkType(where, type, file, def);
            }
            return;
        }
        String jsonType = schema.get("type") instanceof JsonString s ? s.value()
                : schema.has("enum") ? "string" : null;
        String format = schema.get("format") instanceof JsonString s ? s.value() : null;
        if (jsonType == null || format != null && format.matches("[A-Z]")) {
            return; // no type (any JSON), or a generic type parameter (Change<T>.item) the generator left open
        }
        switch (jsonType) {
            case "string" -> checkString(where, raw, format, file, schema);
            case "integer" -> {
                boolean int64 = "int64".equals(format);
                if (raw == int.class || raw == Integer.class || raw == short.class || raw == Short.class) {
                    if (int64) {
                        mismatch(where, raw, "integer int64 (needs long)");
                    }
                } else if (raw != long.class && raw != Long.class && raw != BigInteger.class) {
                    mismatch(where, raw, "integer " + (format == null ? "" : format));
                }
            }
            case "number" -> {
                if (raw != double.class && raw != Double.class && raw != float.class && raw != Float.class
                        && raw != BigDecimal.class) {
                    mismatch(where, raw, "number " + (format == null ? "" : format));
                }
            }
            case "boolean" -> {
                if (raw != boolean.class && raw != Boolean.class) {
                    mismatch(where, raw, "boolean");
                }
            }
            case "array" -> {
                if (raw == JsonArray.class) {
                    return;
                }
                Type element = element(type);
                if (element == null) {
                    mismatch(where, raw, "array");
                } else if (schema.get("items") instanceof JsonObject items) {
                    checkType(where + "[]", element, file, items);
                }
            }
            case "object" -> checkFreeObject(where, type, raw, file, schema);
            default -> { }
        }
    }

    private void checkString(String where, Class<?> raw, String format, String file, JsonObject schema) {
        if (raw.isEnum()) {
            checkEnum(where, raw, spec.enumValues(file, schema));
        } else if (raw == UUID.class) {
            if (!"uuid".equals(format)) {
                mismatch(where, raw, "string without format uuid");
            }
        } else if (raw == Instant.class || raw == OffsetDateTime.class) {
            if (!"date-time".equals(format)) {
                mismatch(where, raw, "string without format date-time");
            }
        } else if (raw != String.class && raw != URI.class && raw != char.class && raw != Character.class) {
            mismatch(where, raw, "string" + (format == null ? "" : " " + format));
        }
    }

    private void checkFreeObject(String where, Type type, Class<?> raw, String file, JsonObject schema) {
        if (Map.class.isAssignableFrom(raw)) {
            if (schema.get("additionalProperties") instanceof JsonObject values
                    && type instanceof ParameterizedType p) {
                checkType(where + "{}", p.getActualTypeArguments()[1], file, values);
            }
        } else if (!(raw == JsonObject.class || raw.isRecord() || raw.isInterface())) {
            mismatch(where, raw, "object");
        }
    }

    /** A component whose spec type is definition {@code ref}: an opaque object or a record bound to it. */
    private void checkObject(String where, Class<?> raw, String file, String ref) {
        if (raw == JsonObject.class || Map.class.isAssignableFrom(raw) || raw.isInterface()) {
            return;
        }
        if (!raw.isRecord()) {
            mismatch(where, raw, "object " + ref);
            return;
        }
        Binding nested = bindings.get(ModelRecords.key(raw));
        if (nested == null || nested.mode() == Mode.NONE) {
            add(Kind.BINDING, where, "record " + raw.getSimpleName() + " models spec object " + ref
                    + " but is not bound to it");
            return;
        }
        List<String> own = new ArrayList<>();
        for (String d : nested.definitions()) {
            own.addAll(spec.has(nested.file(), d) ? spec.lineage(nested.file(), d) : List.of(d));
        }
        if (own.contains(ref) || nested.definitions().stream().anyMatch(d -> spec.lineage(file, ref).contains(d))) {
            return;
        }
        // bound to another definition: it must at least carry every property of the one the spec names here
        if (ModelRecords.hasUnmapped(raw)) {
            return;
        }
        Set<String> carried = new HashSet<>();
        for (RecordComponent c : raw.getRecordComponents()) {
            carried.add(ModelRecords.wireName(c));
        }
        List<String> missing = spec.properties(file, ref).keySet().stream().filter(p -> !carried.contains(p))
                .filter(p -> !excepted(ModelRecords.key(raw) + "." + p)).toList();
        if (!missing.isEmpty()) {
            add(Kind.DROP, where, "record " + raw.getSimpleName() + " (bound to " + nested.definition()
                    + ") stands for spec object " + ref + " but drops its properties " + missing);
        }
    }

    private void checkEnum(String where, Class<?> raw, List<String> values) {
        enumsChecked.add(raw);
        Set<String> wire = new HashSet<>();
        boolean unknown = false;
        for (Object constant : raw.getEnumConstants()) {
            Enum<?> e = (Enum<?>) constant;
            wire.add(JsonNames.wireName(e).toLowerCase(Locale.ROOT));
            unknown |= e.name().equals("UNKNOWN");
        }
        for (String v : values) {
            if (!wire.contains(v.toLowerCase(Locale.ROOT))) {
                add(Kind.ENUM, where, raw.getSimpleName() + " has no constant for spec value \"" + v + "\"");
            }
        }
        if (!unknown && raw.getName().startsWith("ado.")) {
            add(Kind.ENUM, where, raw.getSimpleName() + " has no UNKNOWN constant for values a later service adds");
        }
        List<String> unnumbered = new ArrayList<>();
        for (Object constant : raw.getEnumConstants()) {
            String name = ((Enum<?>) constant).name();
            try {
                if (!name.equals("UNKNOWN") && !raw.getField(name).isAnnotationPresent(JsonEnumNumber.class)) {
                    unnumbered.add(name);
                }
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException(e);
            }
        }
        if (!unnumbered.isEmpty() && unnumbered.size() < raw.getEnumConstants().length - (unknown ? 1 : 0)) {
            add(Kind.ENUM, where, raw.getSimpleName() + " numbers some constants but not " + unnumbered
                    + ": an integer for those would read as UNKNOWN");
        }
    }

    private void mismatch(String where, Class<?> raw, String spec) {
        add(Kind.TYPE, where, "Java " + raw.getSimpleName() + " but the spec says " + spec);
    }

    private void add(Kind kind, String where, String message) {
        Finding f = new Finding(kind, where, message);
        if (!findings.contains(f)) {
            findings.add(f);
        }
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        if (type instanceof WildcardType w) {
            return raw(w.getUpperBounds()[0]);
        }
        if (type instanceof GenericArrayType) {
            return Object[].class;
        }
        return Object.class;
    }

    /** {@return the element type of a list, set or array, or {@code null} if {@code type} is none of them} */
    private static Type element(Type type) {
        Class<?> raw = raw(type);
        if (raw.isArray()) {
            return raw.getComponentType();
        }
        if (type instanceof GenericArrayType g) {
            return g.getGenericComponentType();
        }
        if (Collection.class.isAssignableFrom(raw) && type instanceof ParameterizedType p) {
            return p.getActualTypeArguments()[0];
        }
        return null;
    }
}
