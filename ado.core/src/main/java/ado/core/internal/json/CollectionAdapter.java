package ado.core.internal.json;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;

/** Binds {@code List}, {@code Set} and {@code Collection} to JSON arrays; reads unmodifiable, ordered collections. */
final class CollectionAdapter<E> implements TypeAdapter<Collection<E>> {

    private final TypeAdapter<E> element;
    private final boolean set;

    CollectionAdapter(TypeAdapter<E> element, boolean set) {
        this.element = element;
        this.set = set;
    }

    @Override
    public Collection<E> read(JsonReader in) {
        if (in.nextIsNull()) {
            return null;
        }
        in.beginArray();
        if (set) {
            var values = new LinkedHashSet<E>();
            while (in.nextElement()) {
                values.add(element.read(in));
            }
            return Collections.unmodifiableSet(values);
        }
        var values = new ArrayList<E>();
        while (in.nextElement()) {
            values.add(element.read(in));
        }
        return Collections.unmodifiableList(values);
    }

    @Override
    public void write(JsonWriter out, Collection<E> value) {
        out.beginArray();
        for (E e : value) {
            if (e == null) {
                out.nullValue();
            } else {
                element.write(out, e);
            }
        }
        out.endArray();
    }
}
