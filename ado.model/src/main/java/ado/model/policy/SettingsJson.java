package ado.model.policy;

import ado.core.json.JsonArray;
import ado.core.json.JsonBoolean;
import ado.core.json.JsonNull;
import ado.core.json.JsonNumber;
import ado.core.json.JsonObject;
import ado.core.json.JsonString;
import ado.core.json.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Reads a policy {@code settings} object member by member and remembers which members it read, so that a typed
 * view is only used when it covers every member (which keeps the conversion lossless). A member of the wrong
 * shape throws {@link Mismatch}.
 */
final class SettingsJson {

    /** A member the typed view cannot hold. */
    static final class Mismatch extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Mismatch(String member) {
            super(member, null, false, false);
        }
    }

    private final JsonObject object;
    private final Set<String> read = new HashSet<>();

    SettingsJson(JsonObject object) {
        this.object = object;
    }

    /** {@return whether every member was read} */
    boolean complete() {
        return read.containsAll(object.members().keySet());
    }

    private JsonValue member(String name) {
        read.add(name);
        JsonValue v = object.get(name);
        return v == null || v == JsonNull.INSTANCE ? null : v;
    }

    Boolean bool(String name) {
        JsonValue v = member(name);
        if (v == null) {
            return null;
        }
        if (v instanceof JsonBoolean b) {
            return b.value();
        }
        throw new Mismatch(name);
    }

    Integer integer(String name) {
        JsonValue v = member(name);
        if (v == null) {
            return null;
        }
        if (v instanceof JsonNumber n && n.isLong() && n.longValue() == (int) n.longValue()) {
            return n.intValue();
        }
        throw new Mismatch(name);
    }

    Long longValue(String name) {
        JsonValue v = member(name);
        if (v == null) {
            return null;
        }
        if (v instanceof JsonNumber n && n.isLong()) {
            return n.longValue();
        }
        throw new Mismatch(name);
    }

    JsonNumber number(String name) {
        JsonValue v = member(name);
        if (v == null) {
            return null;
        }
        if (v instanceof JsonNumber n) {
            return n;
        }
        throw new Mismatch(name);
    }

    String string(String name) {
        JsonValue v = member(name);
        if (v == null) {
            return null;
        }
        if (v instanceof JsonString s) {
            return s.value();
        }
        throw new Mismatch(name);
    }

    List<String> strings(String name) {
        JsonValue v = member(name);
        if (v == null) {
            return null;
        }
        if (v instanceof JsonArray a) {
            var out = new ArrayList<String>();
            for (JsonValue e : a.values()) {
                if (!(e instanceof JsonString s)) {
                    throw new Mismatch(name);
                }
                out.add(s.value());
            }
            return out;
        }
        throw new Mismatch(name);
    }

    List<PolicyScope> scope() {
        JsonValue v = member("scope");
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof JsonArray a)) {
            throw new Mismatch("scope");
        }
        var out = new ArrayList<PolicyScope>();
        for (JsonValue e : a.values()) {
            if (!(e instanceof JsonObject o)) {
                throw new Mismatch("scope");
            }
            var entry = new SettingsJson(o);
            String repo = entry.string("repositoryId");
            String refName = entry.string("refName");
            String kind = entry.string("matchKind");
            if (!entry.complete()) {
                throw new Mismatch("scope");
            }
            MatchKind matchKind = kind == null ? null : MatchKind.ofWire(kind);
            try {
                out.add(new PolicyScope(repo == null ? null : UUID.fromString(repo), refName, matchKind));
            } catch (IllegalArgumentException e2) {
                throw new Mismatch("scope");
            }
        }
        return out;
    }

    /** Writes the typed members back; {@code null} members are left out. */
    static final class Writer {
        private final JsonObject.Builder b = JsonObject.builder();

        Writer put(String name, Object value) {
            if (value == null) {
                return this;
            }
            if (value instanceof Boolean x) {
                b.put(name, x.booleanValue());
            } else if (value instanceof Integer x) {
                b.put(name, x.longValue());
            } else if (value instanceof Long x) {
                b.put(name, x.longValue());
            } else if (value instanceof JsonValue x) {
                b.put(name, x);
            } else if (value instanceof List<?> list) {
                var items = new ArrayList<JsonValue>();
                for (Object o : list) {
                    items.add(JsonString.of(o.toString()));
                }
                b.put(name, new JsonArray(items));
            } else {
                b.put(name, value.toString());
            }
            return this;
        }

        Writer scope(List<PolicyScope> scope) {
            var items = new ArrayList<JsonValue>();
            for (PolicyScope s : scope) {
                var e = JsonObject.builder();
                e.put("repositoryId", s.repositoryId() == null ? JsonNull.INSTANCE
                        : JsonString.of(s.repositoryId().toString()));
                if (s.refName() != null) {
                    e.put("refName", s.refName());
                }
                if (s.matchKind() != null) {
                    e.put("matchKind", s.matchKind().wireName());
                }
                items.add(e.build());
            }
            b.put("scope", new JsonArray(items));
            return this;
        }

        JsonObject build() {
            return b.build();
        }
    }
}
