package ado.oop;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One object per resource per service: canonical keys map weakly to the live object, so an object nobody holds
 * can be collected and its entries go with it. A resource can have several keys (a project by id and by
 * lower-cased name); the first live object found under any of them wins, and it is then bound under all of them.
 * Thread-safe; factories run under the lock and must not do I/O.
 */
final class IdentityMap {

    /** A canonical key: the kind of resource, the owning object (compared by identity) or null, and a value. */
    record Key(String kind, Object owner, String value) {

        static Key name(String kind, Object owner, String name) {
            return new Key(kind, owner, name.toLowerCase(Locale.ROOT));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.kind.equals(kind) && k.owner == owner && k.value.equals(value);
        }

        @Override
        public int hashCode() {
            return (kind.hashCode() * 31 + System.identityHashCode(owner)) * 31 + value.hashCode();
        }
    }

    private static final class Entry extends WeakReference<Object> {
        private final Key key;

        Entry(Object referent, Key key, ReferenceQueue<Object> queue) {
            super(referent, queue);
            this.key = key;
        }
    }

    private final Map<Key, Entry> entries = new HashMap<>();
    private final ReferenceQueue<Object> queue = new ReferenceQueue<>();

    /** {@return the live object under any of {@code keys}, else a new one from {@code factory}; bound under all} */
    synchronized <T> T resolve(Class<T> type, List<Key> keys, Supplier<T> factory) {
        purge();
        for (Key key : keys) {
            Entry e = entries.get(key);
            Object live = e == null ? null : e.get();
            if (live != null) {
                bindAll(live, keys);
                return type.cast(live);
            }
        }
        T created = factory.get();
        bindAll(created, keys);
        return created;
    }

    /**
     * {@return the one object of {@code kind} reached by {@code nameOrId}, made by {@code factory} from it if none
     * is live; no request} An id is keyed service-wide, a name case-insensitively under {@code owner}.
     *
     * @throws NullPointerException if {@code nameOrId} is null
     * @throws IllegalArgumentException if {@code nameOrId} is blank
     */
    <T> T byNameOrId(Class<T> type, String kind, Object owner, String nameOrId, Function<String, T> factory) {
        Objects.requireNonNull(nameOrId, "nameOrId == null");
        if (nameOrId.isBlank()) {
            throw new IllegalArgumentException("nameOrId must not be blank");
        }
        UUID id = parseId(nameOrId);
        Key key = id != null ? new Key(kind, null, id.toString()) : Key.name(kind, owner, nameOrId);
        return resolve(type, List.of(key), () -> factory.apply(nameOrId));
    }

    /**
     * {@return the one object of {@code kind} with {@code id} (and {@code name}, if not null, under {@code owner}),
     * made by {@code factory} from the id's text if none is live; bound under both keys}
     */
    <T> T byIdAndName(Class<T> type, String kind, Object owner, UUID id, String name, Function<String, T> factory) {
        Key idKey = new Key(kind, null, id.toString());
        return resolve(type, name == null ? List.of(idKey) : List.of(idKey, Key.name(kind, owner, name)),
                () -> factory.apply(id.toString()));
    }

    /** {@return {@code value}, after binding {@code object} under the id and name keys of {@link #byIdAndName} that
     * no other live object holds; an object from before {@link #clear()} is not bound again} */
    <R> R bindIdAndName(Object object, String kind, Object owner, UUID id, String name, R value) {
        synchronized (this) {
            purge();
            bindIfCurrent(object, List.of(new Key(kind, null, id.toString()), Key.name(kind, owner, name)));
        }
        return value;
    }

    /** {@return the one object of {@code kind} with {@code id} under {@code owner}, made by {@code factory} if none} */
    <T> T byId(Class<T> type, String kind, Object owner, Object id, Supplier<T> factory) {
        return resolve(type, List.of(new Key(kind, owner, id.toString())), factory);
    }

    /**
     * Binds {@code object} under {@code key} unless another live object holds the key already, or {@code object}
     * was handed out before {@link #clear()}.
     */
    synchronized void bind(Object object, Key key) {
        purge();
        bindIfCurrent(object, List.of(key));
    }

    /**
     * Forgets every object: a later lookup makes a new one. Objects handed out before keep working and keep what
     * they loaded; they are simply no longer the ones lookups return.
     */
    synchronized void clear() {
        entries.clear();
        while (queue.poll() != null) {
            // entries gone already
        }
    }

    /** {@return the number of keys bound to live or not yet collected objects} */
    synchronized int size() {
        purge();
        return entries.size();
    }

    /** Binds {@code object} under {@code keys} if it is bound under some key (it is not from before a clear). */
    private void bindIfCurrent(Object object, List<Key> keys) {
        boolean current = keys.stream().map(entries::get).anyMatch(e -> e != null && e.get() == object)
                || entries.values().stream().anyMatch(e -> e.get() == object);
        if (current) {
            bindAll(object, keys);
        }
    }

    private void bindAll(Object object, List<Key> keys) {
        for (Key key : keys) {
            Entry e = entries.get(key);
            if (e == null || e.get() == null) {
                entries.put(key, new Entry(object, key, queue));
            }
        }
    }

    private void purge() {
        for (Reference<?> r = queue.poll(); r != null; r = queue.poll()) {
            Entry e = (Entry) r;
            entries.remove(e.key, e);
        }
    }

    /** {@return {@code value} as an id if it is the 36-character text of a UUID, else null (it is a name)} */
    static UUID parseId(String value) {
        if (value.length() != 36) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
