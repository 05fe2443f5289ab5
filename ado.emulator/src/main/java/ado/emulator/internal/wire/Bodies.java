package ado.emulator.internal.wire;

import ado.core.json.JsonArray;
import ado.core.json.JsonObject;
import ado.core.json.JsonString;
import ado.core.json.JsonValue;
import ado.emulator.internal.git.ObjectId;
import ado.emulator.internal.http.AdoError;
import java.util.List;
import java.util.Optional;

/** Reading request bodies: typed member access that answers ADO's 400 errors for missing or wrong members. */
public final class Bodies {

    private Bodies() {
    }

    public static JsonObject object(JsonValue v, String what) {
        if (v instanceof JsonObject o) {
            return o;
        }
        throw AdoError.badRequest("The request body member '" + what + "' must be an object.");
    }

    public static List<JsonValue> array(JsonValue v, String what) {
        if (v instanceof JsonArray a) {
            return a.values();
        }
        throw AdoError.badRequest("The request body member '" + what + "' must be an array.");
    }

    public static List<JsonValue> array(JsonObject o, String name) {
        JsonValue v = o.get(name);
        if (v == null || v instanceof ado.core.json.JsonNull) {
            throw AdoError.missingArgument(name);
        }
        return array(v, name);
    }

    public static Optional<JsonObject> optionalObject(JsonObject o, String name) {
        return o.get(name) instanceof JsonObject child ? Optional.of(child) : Optional.empty();
    }

    public static String string(JsonObject o, String name) {
        return optionalString(o, name).orElseThrow(() -> AdoError.missingArgument(name));
    }

    public static Optional<String> optionalString(JsonObject o, String name) {
        JsonValue v = o.get(name);
        return v instanceof JsonString s ? Optional.of(s.value()) : Optional.empty();
    }

    public static ObjectId objectId(JsonObject o, String name) {
        String text = string(o, name);
        ObjectId id = ObjectId.parseOrNull(text);
        if (id == null) {
            throw AdoError.badRequest("The value '" + text + "' of " + name + " is not a valid object id.");
        }
        return id;
    }
}
