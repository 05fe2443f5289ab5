package ado.emulator.internal.http;

import ado.core.json.JsonNull;
import ado.core.json.JsonNumber;
import ado.core.json.JsonObject;
import ado.core.json.JsonString;
import ado.core.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One ADO enum as the service reads it: by name in any case, or by its integer value, and for a flags enum also as
 * a bitmask ({@code statusFilter=47}) or a comma-separated list of names. Microsoft's generated clients send the
 * integer form by default. Reads answer the canonical camelCase name, so a route compares names only; an unknown
 * value is ADO's 400 naming the parameter and the value.
 */
public final class WireEnum {

    private final String name;
    private final Map<String, Integer> values;          // canonical name -> value, in declaration order
    private final Map<String, String> byLowerName;      // lower-case name -> canonical name
    private final boolean flags;

    private WireEnum(String name, boolean flags, String spec) {
        this.name = Objects.requireNonNull(name, "name == null");
        this.flags = flags;
        var v = new LinkedHashMap<String, Integer>();
        var lower = new LinkedHashMap<String, String>();
        for (String pair : spec.trim().split("\\s+")) {
            int eq = pair.indexOf('=');
            String n = pair.substring(0, eq);
            v.put(n, Integer.parseInt(pair.substring(eq + 1)));
            lower.put(n.toLowerCase(Locale.ROOT), n);
        }
        this.values = Map.copyOf(v);
        this.byLowerName = lower;
    }

    /** {@return a plain enum; {@code spec} is {@code "name=value name=value ..."} with camelCase names} */
    public static WireEnum of(String name, String spec) {
        return new WireEnum(name, false, spec);
    }

    /** {@return a flags enum; {@code spec} as in {@link #of}} */
    public static WireEnum flags(String name, String spec) {
        return new WireEnum(name, true, spec);
    }

    /** {@return the enum's name, as in Microsoft's clients} */
    public String name() {
        return name;
    }

    /** {@return the integer value of canonical name {@code member}} */
    public int value(String member) {
        Integer v = values.get(member);
        if (v == null) {
            throw new IllegalArgumentException(name + " has no member " + member);
        }
        return v;
    }

    /**
     * {@return the canonical name of {@code raw} (a name in any case or an integer), empty for {@code null} or
     * blank; ADO's 400 naming {@code parameter} for anything else}
     */
    public Optional<String> parse(String raw, String parameter) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String s = raw.strip();
        String named = byLowerName.get(s.toLowerCase(Locale.ROOT));
        if (named != null) {
            return Optional.of(named);
        }
        Integer number = integer(s);
        if (number != null) {
            for (var e : values.entrySet()) {
                if (e.getValue().intValue() == number) {
                    return Optional.of(e.getKey());
                }
            }
        }
        throw invalid(raw, parameter);
    }

    /** {@return the canonical name of JSON value {@code v}: a string or a number; empty for absent or null} */
    public Optional<String> parse(JsonValue v, String parameter) {
        if (v == null || v instanceof JsonNull) {
            return Optional.empty();
        }
        if (v instanceof JsonString s) {
            return parse(s.value(), parameter);
        }
        if (v instanceof JsonNumber n) {
            if (!n.isLong()) {
                throw invalid(n.bigDecimalValue().toPlainString(), parameter);
            }
            return parse(Long.toString(n.longValue()), parameter);
        }
        throw invalid(v.toString(), parameter);
    }

    /** {@return member {@code member} of {@code o} read as this enum} */
    public Optional<String> read(JsonObject o, String member) {
        return parse(o.get(member), member);
    }

    /** {@return the first present query parameter of {@code names} read as this enum} */
    public Optional<String> query(Call call, String... names) {
        return call.query(names).flatMap(v -> parse(v, names[0]));
    }

    /**
     * {@return the single-bit members of {@code raw}: a bitmask integer, or comma-separated names (a composite
     * name such as {@code all} stands for its bits); empty for {@code null} or blank}
     */
    public Set<String> parseSet(String raw, String parameter) {
        var out = new LinkedHashSet<String>();
        if (raw == null || raw.isBlank()) {
            return out;
        }
        for (String part : raw.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            Integer number = integer(part.strip());
            if (number == null) {
                number = values.get(parse(part, parameter).orElseThrow());
            }
            if (!flags) {
                out.add(parse(number.toString(), parameter).orElseThrow());
                continue;
            }
            int rest = number;
            for (var e : values.entrySet()) {
                int bit = e.getValue();
                if (Integer.bitCount(bit) == 1 && (number & bit) == bit) {
                    out.add(e.getKey());
                    rest &= ~bit;
                }
            }
            if (rest != 0) {
                throw invalid(part, parameter);
            }
            if (number == 0) {
                values.entrySet().stream().filter(e -> e.getValue() == 0).findFirst()
                        .ifPresent(e -> out.add(e.getKey()));
            }
        }
        return out;
    }

    private AdoError invalid(String raw, String parameter) {
        return AdoError.badRequest("The value '" + raw + "' is not valid for " + parameter + " (" + name
                + ": " + String.join(", ", byLowerName.values()) + ").");
    }

    private static Integer integer(String s) {
        if (!s.matches("-?\\d{1,10}")) {
            return null;
        }
        try {
            return Integer.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return "WireEnum[" + name + "]";
    }
}
