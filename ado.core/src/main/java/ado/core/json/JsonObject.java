package ado.core.json;

import java.util.AbstractMap;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * A JSON object; its members keep their order, are immutable and never {@code null} (a JSON {@code null} member is
 * {@link JsonNull#INSTANCE}). Equality ignores member order, as JSON does. Immutable.
 *
 * <pre>{@code
 * JsonObject o = JsonObject.builder().put("op", "add").put("path", "/fields/System.Title").build();
 * }</pre>
 *
 * @param members the members in document order; an unmodifiable map, never {@code null}
 */
public record JsonObject(Map<String, JsonValue> members) implements JsonValue {

    /** An object with no members. */
    public static final JsonObject EMPTY = new JsonObject(Map.of());

    /**
     * Copies {@code members}, keeping their order; no key or value may be {@code null}.
     *
     * @param members the members in order; copied unless built by a {@link Builder}
     */
    public JsonObject {
        if (!(members instanceof Members)) { // a builder's checked map is handed over without a copy
            var copy = new LinkedHashMap<String, JsonValue>(Math.max(4, members.size() * 4 / 3 + 1));
            members.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "member name == null"),
                    Objects.requireNonNull(v, () -> "member '" + k + "' == null (use JsonNull.INSTANCE)")));
            members = new Members(copy);
        }
    }

    /**
     * {@return the member called {@code name}, or {@code null} when there is none}
     *
     * @param name the member name
     */
    public JsonValue get(String name) {
        return members.get(name);
    }

    /**
     * {@return the string member called {@code name}, if present and a string}
     *
     * @param name the member name
     */
    public Optional<String> string(String name) {
        return members.get(name) instanceof JsonString s ? Optional.of(s.value()) : Optional.empty();
    }

    /**
     * {@return whether a member called {@code name} exists}
     *
     * @param name the member name
     */
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

    /**
     * Builds a {@link JsonObject}. Not thread-safe: confine a builder to one thread. Objects already built never
     * change when the builder goes on.
     */
    public static final class Builder {
        private LinkedHashMap<String, JsonValue> members;
        private boolean shared; // handed to a built object: copy before the next change

        private Builder(LinkedHashMap<String, JsonValue> members) {
            this.members = members;
        }

        /**
         * Sets member {@code name}; a later put replaces an earlier one in place.
         *
         * @param name the member name
         * @param value the value; {@link JsonNull#INSTANCE} for a JSON {@code null}
         * @return this builder
         */
        public Builder put(String name, JsonValue value) {
            Objects.requireNonNull(name, "name == null");
            Objects.requireNonNull(value, "value == null");
            unshare().put(name, value);
            return this;
        }

        private LinkedHashMap<String, JsonValue> unshare() {
            if (shared) {
                members = new LinkedHashMap<>(members);
                shared = false;
            }
            return members;
        }

        /**
         * Sets a string member.
         *
         * @param name the member name
         * @param value the value; {@code null} sets a JSON {@code null}
         * @return this builder
         */
        public Builder put(String name, String value) {
            return put(name, value == null ? JsonNull.INSTANCE : new JsonString(value));
        }

        /**
         * Sets a number member.
         *
         * @param name the member name
         * @param value the value
         * @return this builder
         */
        public Builder put(String name, long value) {
            return put(name, JsonNumber.of(value));
        }

        /**
         * Sets a boolean member.
         *
         * @param name the member name
         * @param value the value
         * @return this builder
         */
        public Builder put(String name, boolean value) {
            return put(name, JsonBoolean.of(value));
        }

        /**
         * Removes member {@code name} if present.
         *
         * @param name the member name
         * @return this builder
         */
        public Builder remove(String name) {
            unshare().remove(name);
            return this;
        }

        /** {@return the object} */
        public JsonObject build() {
            shared = true;
            return new JsonObject(new Members(members));
        }
    }

    /** The unmodifiable members of an object: a read-only view of a map that nothing else changes. */
    private static final class Members extends AbstractMap<String, JsonValue> {
        private final Map<String, JsonValue> map;

        Members(LinkedHashMap<String, JsonValue> map) {
            this.map = Collections.unmodifiableMap(map);
        }

        @Override
        public JsonValue get(Object key) {
            return map.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return map.containsKey(key);
        }

        @Override
        public int size() {
            return map.size();
        }

        @Override
        public Set<Entry<String, JsonValue>> entrySet() {
            return map.entrySet();
        }

        @Override
        public Set<String> keySet() {
            return map.keySet();
        }

        @Override
        public Collection<JsonValue> values() {
            return map.values();
        }

        @Override
        public void forEach(BiConsumer<? super String, ? super JsonValue> action) {
            map.forEach(action);
        }

        @Override
        public boolean equals(Object o) {
            return o == this || map.equals(o);
        }

        @Override
        public int hashCode() {
            return map.hashCode();
        }
    }
}
