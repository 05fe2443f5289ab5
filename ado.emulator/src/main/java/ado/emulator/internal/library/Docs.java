package ado.emulator.internal.library;

import ado.core.json.JsonArray;
import ado.core.json.JsonNull;
import ado.core.json.JsonNumber;
import ado.core.json.JsonObject;
import ado.core.json.JsonString;
import ado.core.json.JsonValue;
import ado.emulator.internal.http.AdoError;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reading and checking request documents; every failure is ADO's 400 naming the member. */
public final class Docs {

    private Docs() {
    }

    /** {@return {@code v} as an object; 400 naming {@code what} otherwise} */
    public static JsonObject object(JsonValue v, String what) {
        if (v instanceof JsonObject o) {
            return o;
        }
        throw AdoError.badRequest("The value of '" + what + "' must be an object.");
    }

    /** {@return the elements of array {@code v}; 400 naming {@code what} otherwise} */
    public static List<JsonValue> array(JsonValue v, String what) {
        if (v instanceof JsonArray a) {
            return a.values();
        }
        throw AdoError.badRequest("The value of '" + what + "' must be an array.");
    }

    /** {@return string member {@code name}, if it is a string} */
    public static Optional<String> string(JsonObject o, String name) {
        return o.get(name) instanceof JsonString s ? Optional.of(s.value()) : Optional.empty();
    }

    /** {@return string member {@code name}, not blank; 400 ArgumentNullException naming {@code field} otherwise} */
    public static String required(JsonObject o, String name, String field) {
        return string(o, name).filter(s -> !s.isBlank()).orElseThrow(() -> AdoError.missingArgument(field));
    }

    /** {@return integer member {@code name}, if it is a number} */
    public static Optional<Long> number(JsonObject o, String name) {
        return o.get(name) instanceof JsonNumber n ? Optional.of(n.longValue()) : Optional.empty();
    }

    /** {@return {@code text} as a UUID; 400 naming {@code field} when it is not one} */
    public static UUID uuid(String text, String field) {
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw AdoError.badRequest("The value '" + text + "' of " + field + " is not a valid GUID.");
        }
    }

    /** {@return {@code text} as a positive int; 400 naming {@code field} otherwise} */
    public static int id(String text, String field) {
        try {
            int n = Integer.parseInt(text.strip());
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw AdoError.badRequest("The value '" + text + "' of " + field + " is not a valid positive integer.");
    }

    /** {@return {@code {"id": id}}, an identity reference the routes expand} */
    public static JsonObject who(UUID id) {
        return JsonObject.builder().put("id", id.toString()).build();
    }

    /** {@return an ISO-8601 UTC time} */
    public static String time(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    /** {@return whether member {@code name} is absent or JSON null} */
    public static boolean absent(JsonObject o, String name) {
        JsonValue v = o.get(name);
        return v == null || v instanceof JsonNull;
    }
    /** {@return object member {@code name}, if it is an object} */
    public static Optional<JsonObject> optionalObject(JsonObject o, String name) {
        return o.get(name) instanceof JsonObject child ? Optional.of(child) : Optional.empty();
    }
}
