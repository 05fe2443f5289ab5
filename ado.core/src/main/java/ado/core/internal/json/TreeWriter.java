package ado.core.internal.json;

import ado.core.json.JsonArray;
import ado.core.json.JsonBoolean;
import ado.core.json.JsonNull;
import ado.core.json.JsonNumber;
import ado.core.json.JsonObject;
import ado.core.json.JsonString;
import ado.core.json.JsonValue;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.Map;

/** Writes a {@link JsonValue} tree. Iterative, so a deep tree cannot overflow the stack. */
final class TreeWriter {

    private TreeWriter() {
    }

    static void write(JsonWriter out, JsonValue value) {
        if (!open(out, value)) {
            scalar(out, value);
            return;
        }
        var stack = new ArrayList<Iterator<?>>();
        stack.add(iterator(value));
        while (!stack.isEmpty()) {
            Iterator<?> top = stack.get(stack.size() - 1);
            if (!top.hasNext()) {
                stack.remove(stack.size() - 1);
                if (top instanceof ObjectIterator) {
                    out.endObject();
                } else {
                    out.endArray();
                }
                continue;
            }
            Object next = top.next();
            JsonValue child;
            if (next instanceof Map.Entry<?, ?> member) {
                out.name((String) member.getKey());
                child = (JsonValue) member.getValue();
            } else {
                child = (JsonValue) next;
            }
            if (open(out, child)) {
                stack.add(iterator(child));
            } else {
                scalar(out, child);
            }
        }
    }

    private static boolean open(JsonWriter out, JsonValue value) {
        if (value instanceof JsonObject) {
            out.beginObject();
            return true;
        }
        if (value instanceof JsonArray) {
            out.beginArray();
            return true;
        }
        return false;
    }

    private static Iterator<?> iterator(JsonValue container) {
        return container instanceof JsonObject o ? new ObjectIterator(o.members().entrySet().iterator())
                : ((JsonArray) container).values().iterator();
    }

    private static void scalar(JsonWriter out, JsonValue value) {
        if (value instanceof JsonString s) {
            out.value(s.value());
        } else if (value instanceof JsonNumber n) {
            if (n.isLong()) {
                out.value(n.longValue());
            } else {
                out.value(n.bigDecimalValue());
            }
        } else if (value instanceof JsonBoolean b) {
            out.value(b.value());
        } else if (value == JsonNull.INSTANCE) {
            out.nullValue();
        } else {
            throw new IllegalArgumentException("not a JSON scalar: " + value);
        }
    }

    /** Marks an iterator over object members, so the writer knows which bracket closes it. */
    private record ObjectIterator(Iterator<Map.Entry<String, JsonValue>> members) implements Iterator<Object> {
        @Override
        public boolean hasNext() {
            return members.hasNext();
        }

        @Override
        public Object next() {
            return members.next();
        }
    }
}
