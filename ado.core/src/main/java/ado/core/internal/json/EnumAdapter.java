package ado.core.internal.json;

import ado.core.json.JsonNames;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Binds an enum by wire name: the constant's {@link ado.core.json.JsonName}, else its name in lower camel case
 * ({@code IN_PROGRESS} is {@code inProgress}). Reading ignores case and also takes the service's integer
 * ({@link ado.core.json.JsonEnumNumber}); a value that matches no constant, or is neither a string nor a number,
 * reads as the constant {@code UNKNOWN} if the enum has one, else as {@code null}. It never fails.
 */
final class EnumAdapter<E extends Enum<E>> implements TypeAdapter<E> {

    private final Map<String, E> byName = new HashMap<>();
    private final Map<String, E> byLowerCaseName = new HashMap<>();
    private final byte[][] written; // by ordinal: the quoted wire name
    private final Map<Integer, E> byNumber;
    private final E unknown;

    EnumAdapter(Class<E> type) {
        E[] constants = type.getEnumConstants();
        written = new byte[constants.length][];
        E fallback = null;
        for (E constant : constants) {
            String name = JsonNames.wireName(constant);
            byName.putIfAbsent(name, constant);
            byLowerCaseName.putIfAbsent(name.toLowerCase(Locale.ROOT), constant);
            written[constant.ordinal()] = JsonWriter.stringBytes(name);
            if (constant.name().equals("UNKNOWN")) {
                fallback = constant;
            }
        }
        unknown = fallback;
        byNumber = JsonNames.enumNumbers(type);
    }

    @Override
    public E read(JsonReader in) {
        JsonToken token = in.peek();
        if (token == JsonToken.NULL) {
            in.nextIsNull();
            return null;
        }
        if (token == JsonToken.NUMBER) {
            return JsonNames.enumOfNumber(byNumber, in.readBigDecimal(), unknown);
        }
        if (token != JsonToken.STRING) {
            in.skipValue();
            return unknown;
        }
        String name = in.readString();
        E constant = byName.get(name);
        if (constant == null) {
            constant = byLowerCaseName.get(name.toLowerCase(Locale.ROOT));
        }
        return constant != null ? constant : unknown;
    }

    @Override
    public void write(JsonWriter out, E value) {
        out.rawValue(written[value.ordinal()]);
    }
}
