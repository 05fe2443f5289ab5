package ado.core.json;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A JSON object; its members keep their order, are immutable and never {@code null} (a JSON {@code null} member is
 * {@link JsonNull#INSTANCE}). Equality ignores member order, as JSON does.
 *
 * {@snippet :
 * JsonObject o = JsonObject.builder().put("op", "add").put("path", "/fields/System.Title").build();
 * }
 */
public record JsonObject(Map<String, JsonValue> members) implements JsonValue {

    /** An object with no members. */
    public static final JsonObject EMPTY = new JsonObject(Map.of());

    /** Copies {@code members}, keeping their order; no key or value may be {@code null}. */
    public JsonObject {
        var copy = new LinkedHashMap<String, JsonValue>(Math.max(4, members.size() * 4 / 3 + 1));
        members.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "member name == null"),
                Objects.requireNonNull(v, () -> "member '" + k + "' == null (use JsonNull.INSTANCE)")));
        members = Collections.unmodifiableMap(copy);
    }

    /** {@return the member called {@code name}, or {@code null} when there is none} */
    public JsonValue get(String name) {
        return members.get(name);
    }

    /** {@return the string member called {@code name}, if present and a string} */
    public Optional<String> string(String name) {
        return members.get(name) instanceof JsonString s ? Optional.of(s.value()) : Optional.empty();
    }

    /** {@return whether a member called {@code name} exists} */
    public boolean has(String name) {
        return members.containsKey(name);
    }

    /** {@return a builder for a new object} */
    public static Builder builder() {
        return new Builder(new LinkedHashMap<>());
    }

    /** {@return a builder that starts from this object's members} */
    public Builder toBuilder() {
        return new Builder(new LinkedHashMap<>(members));
    }

    /** Builds a {@link JsonObject}; not thread-safe. */
    public static final class Builder {
        private final LinkedHashMap<String, JsonValue> members;

        private Builder(LinkedHashMap<String, JsonValue> members) {
            this.members = members;
        }

        /** Sets member {@code name}; a later put replaces an earlier one in place. */
        public Builder put(String name, JsonValue value) {
            members.put(Objects.requireNonNull(name, "name == null"), Objects.requireNonNull(value, "value == null"));
            return this;
        }

        /** Sets a string member. */
        public Builder put(String name, String value) {
            return put(name, value == null ? JsonNull.INSTANCE : new JsonString(value));
        }

        /** Sets a number member. */
        public Builder put(String name, long value) {
            return put(name, JsonNumber.of(value));
        }

        /** Sets a boolean member. */
        public Builder put(String name, boolean value) {
            return put(name, JsonBoolean.of(value));
        }

        /** Removes member {@code name} if present. */
        public Builder remove(String name) {
            members.remove(name);
            return this;
        }

        /** {@return the object} */
        public JsonObject build() {
            return new JsonObject(members);
        }
    }
}
