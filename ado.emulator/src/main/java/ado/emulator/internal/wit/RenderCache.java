package ado.emulator.internal.wit;

import ado.core.json.JsonObject;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Work items rendered as JSON text, by revision and shape, so that reading the same unchanged work items again (bulk
 * reads, benchmarks) costs a copy instead of building and writing the JSON tree. An entry is used only for the very
 * revision object it was made from (revisions are immutable; a change replaces them), and the cache is emptied when
 * it grows past {@value #LIMIT} entries. Thread-safe.
 */
final class RenderCache {

    private static final int LIMIT = 100_000;

    private record Key(int id, int rev, boolean relations, boolean links, String base) {
    }

    private record Entry(Revision revision, String json) {
    }

    private final ConcurrentHashMap<Key, Entry> entries = new ConcurrentHashMap<>();

    /** {@return the JSON of {@code r} in {@code shape}, from the cache or from {@code render}} */
    String json(Revision r, WitWire.Shape shape, String base, Supplier<JsonObject> render) {
        if (shape.fields() != null) {
            return render.get().toJson();
        }
        var key = new Key(r.id(), r.rev(), shape.relations(), shape.links(), base);
        Entry e = entries.get(key);
        if (e != null && e.revision() == r) {
            return e.json();
        }
        String json = render.get().toJson();
        if (entries.size() >= LIMIT) {
            entries.clear();
        }
        entries.put(key, new Entry(r, json));
        return json;
    }
}
