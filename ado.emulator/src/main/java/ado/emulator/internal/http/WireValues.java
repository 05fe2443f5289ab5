package ado.emulator.internal.http;

import ado.core.json.JsonBoolean;
import ado.core.json.JsonNull;
import ado.core.json.JsonObject;
import ado.core.json.JsonString;
import ado.core.json.JsonValue;
import java.util.Locale;
import java.util.Optional;

/**
 * Request values read as ADO reads them before a route stores them: a boolean member may come as {@code true} or
 * as the string {@code "true"} (any case), and {@code null} is absent. Storing the typed value keeps echoes typed.
 */
public final class WireValues {

    private WireValues() {
    }

    /** {@return member {@code name} of {@code o} as a boolean; empty when absent or null; 400 for anything else} */
    public static Optional<Boolean> bool(JsonObject o, String name) {
        JsonValue v = o.get(name);
        if (v == null || v instanceof JsonNull) {
            return Optional.empty();
        }
        if (v instanceof JsonBoolean b) {
            return Optional.of(b.value());
        }
        if (v instanceof JsonString s) {
            String t = s.value().strip().toLowerCase(Locale.ROOT);
            if (t.equals("true") || t.equals("false")) {
                return Optional.of(t.equals("true"));
            }
        }
        throw AdoError.badRequest("The value " + v.toJson() + " is not valid for " + name + " (a boolean).");
    }

    /** {@return {@code o} with each of the boolean members {@code names} that is present stored as a JSON boolean} */
    public static JsonObject booleans(JsonObject o, String... names) {
        JsonObject.Builder b = o.toBuilder();
        for (String name : names) {
            if (o.get(name) instanceof JsonNull) {
                b.remove(name);
            } else {
                bool(o, name).ifPresent(value -> b.put(name, value));
            }
        }
        return b.build();
    }
}
