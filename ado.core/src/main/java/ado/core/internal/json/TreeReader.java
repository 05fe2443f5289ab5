package ado.core.internal.json;

import ado.core.json.JsonArray;
import ado.core.json.JsonBoolean;
import ado.core.json.JsonNull;
import ado.core.json.JsonObject;
import ado.core.json.JsonString;
import ado.core.json.JsonValue;
import java.util.ArrayList;

/**
 * Reads the next value of a {@link JsonReader} as a {@link JsonValue} tree. Iterative, with an explicit stack, so
 * only the reader's nesting limit bounds the depth. Duplicate member names: the last value wins, at the position of
 * the first.
 */
final class TreeReader {

    private TreeReader() {
    }

    static JsonValue read(JsonReader in) {
        JsonToken token = in.peek();
        if (token != JsonToken.OBJECT && token != JsonToken.ARRAY) {
            return scalar(in, token);
        }
        var stack = new ArrayList<Frame>();
        Frame top = open(in, token);
        while (true) {
            boolean more = top.members != null ? in.nextName() : in.nextElement();
            if (!more) {
                JsonValue done = top.build();
                if (stack.isEmpty()) {
                    return done;
                }
                top = stack.remove(stack.size() - 1);
                top.add(done);
                continue;
            }
            if (top.members != null) {
                top.name = in.nameString();
            }
            token = in.peek();
            if (token == JsonToken.OBJECT || token == JsonToken.ARRAY) {
                stack.add(top);
                top = open(in, token);
            } else {
                top.add(scalar(in, token));
            }
        }
    }

    private static Frame open(JsonReader in, JsonToken token) {
        var frame = new Frame();
        if (token == JsonToken.OBJECT) {
            in.beginObject();
            frame.members = JsonObject.builder();
        } else {
            in.beginArray();
            frame.elements = new ArrayList<>();
        }
        return frame;
    }

    private static JsonValue scalar(JsonReader in, JsonToken token) {
        return switch (token) {
            case STRING -> new JsonString(in.readString());
            case NUMBER -> in.readNumber();
            case BOOLEAN -> JsonBoolean.of(in.readBoolean());
            case NULL -> {
                in.nextIsNull();
                yield JsonNull.INSTANCE;
            }
            default -> throw new IllegalStateException("not a scalar: " + token);
        };
    }

    /** An object or array being read. */
    private static final class Frame {
        JsonObject.Builder members;
        ArrayList<JsonValue> elements;
        String name;

        void add(JsonValue value) {
            if (members != null) {
                members.put(name, value);
            } else {
                elements.add(value);
            }
        }

        JsonValue build() {
            return members != null ? members.build() : new JsonArray(elements);
        }
    }
}
