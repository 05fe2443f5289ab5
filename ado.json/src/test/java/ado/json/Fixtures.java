package ado.json;

import ado.core.json.JsonName;
import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;
import ado.core.json.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Types the contract suite binds. Public, in the exported package {@code ado.json}, because both codecs bind
 * records through their public constructors and accessors, as they would for any caller's records.
 */
public final class Fixtures {

    private Fixtures() {
    }

    /** An enum with a renamed constant and an {@code UNKNOWN} fallback. */
    public enum Color {
        RED,
        DARK_BLUE,
        @JsonName("x-green") GREEN,
        UNKNOWN
    }

    /** An enum without {@code UNKNOWN}. */
    public enum Size {
        SMALL,
        EXTRA_LARGE
    }

    /** Renamed components. */
    public record Named(@JsonName("_links") Map<String, String> links, @JsonName("System.Title") String title) {
    }

    /** Enum components. */
    public record Painted(Color color, Size size) {
    }

    /** Date components. */
    public record Dated(Instant at, OffsetDateTime when) {
    }

    /** A record keeping unknown members. */
    public record Open(int id, String name, @JsonUnmapped JsonObject other) {
    }

    /**
     * A record keeping unknown members, with a renamed component ({@code _links}, whose Java name {@code links} is an
     * unknown member on the wire), an enum, a date, and nested records keeping their own unknown members.
     */
    public record OpenTree(int id, @JsonName("_links") Map<String, String> links, Open child, List<Open> children,
                           Color color, Instant at, @JsonUnmapped JsonObject rest) {
    }

    /** Scalars, primitive and boxed. */
    public record Scalars(int i, long l, double d, boolean b, Integer boxed, String s, BigDecimal dec, BigInteger big,
                          UUID uuid, URI uri) {
    }

    /** Trees, collections and {@code Object}. */
    public record Holder(Object any, JsonValue value, JsonObject object, List<String> list, Set<Integer> set,
                         Map<String, Integer> map) {
    }

    /** A generic record. */
    public record Box<T>(T value, List<T> values) {
    }

    /** A record whose constructor validates. */
    public record Checked(int id) {
        /** Rejects ids below 1. */
        public Checked {
            if (id < 1) {
                throw new IllegalArgumentException("id must be > 0: " + id);
            }
        }
    }

    /** A misuse: {@code @JsonUnmapped} on something other than a {@code JsonObject}. */
    public record BadUnmapped(int id, @JsonUnmapped Map<String, Object> other) {
    }

    /** A record without components. */
    public record Empty() {
    }

    /** A record with a required name. */
    public record Required(String name) {
        /** Rejects a missing name. */
        public Required {
            Objects.requireNonNull(name, "name == null");
        }
    }

    /** A record with derived accessors that are not components and must never be written. */
    public record Derived(String name) {
        /** A derived boolean, named like a bean is-getter. */
        public boolean isBranch() {
            return name != null && name.startsWith("refs/heads/");
        }

        /** A derived value, named like a bean getter. */
        public String getShortName() {
            return name == null ? null : name.substring(name.lastIndexOf('/') + 1);
        }
    }
}
