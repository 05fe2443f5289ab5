package ado.oop;

import java.util.Objects;
import java.util.function.Function;

/**
 * The shape every lazily loaded object of this package shares: the key it was reached by (its id), and its record,
 * loaded once on first use even when threads ask together, and replaced whole (never mixed) by {@link #reload()},
 * by {@link #refresh(Object)} or by a record the caller already has ({@link #set}). An object holds one and states
 * only what is its own: how to load the record, and its public accessors.
 *
 * <p>A new object holds {@code private final Resource<Id, Record> self}, built as
 * {@code new Resource<>(id, k -> Records.get(owner.api(), k))}; its {@code id()} is {@code self.key()}, its
 * {@code info()} is {@code self.get()}, its {@code refresh()} is {@code self.refresh(this)}, a record from a list or a
 * write goes in with {@code self.set(record)}, and its {@code toString()} shows {@code self.ifLoaded(...)} (never a
 * request). {@link ServiceEndpoint} and {@link TaskGroup} are short complete examples; an object with one instance
 * per resource per service is made through {@link IdentityMap#byId} (or {@link IdentityMap#byNameOrId} for one
 * reached by name or id).
 *
 * @param <K> the key type (an id)
 * @param <R> the record type
 */
final class Resource<K, R> {

    private final K key;
    private final Function<? super K, ? extends R> loader;
    private final Lazy<R> record;

    /** Holds {@code key}; {@code loader} loads the record by it, at first use and on every reload. */
    Resource(K key, Function<? super K, ? extends R> loader) {
        this.key = Objects.requireNonNull(key, "key == null");
        this.loader = Objects.requireNonNull(loader, "loader == null");
        this.record = new Lazy<>(this::fetch);
    }

    /** {@return the key; no request} */
    K key() {
        return key;
    }

    /** {@return the record, loaded on first use} */
    R get() {
        return record.get();
    }

    /** {@return whether the record is loaded; no request} */
    boolean loaded() {
        return record.loaded();
    }

    /** {@return a fresh copy of the record, loaded now and not kept (a read-modify-write reads with this)} */
    R fetch() {
        return loader.apply(key);
    }

    /** {@return the record if loaded, else null; no request} */
    R peek() {
        return record.loaded() ? record.get() : null;
    }

    /** {@return the record, loaded again} */
    R reload() {
        return record.reload();
    }

    /** {@return {@code owner}, after loading the record again: the body of an object's {@code refresh()}} */
    <S> S refresh(S owner) {
        record.reload();
        return owner;
    }

    /** Replaces the record with one the caller already has (from a list, create or update response). */
    void set(R value) {
        record.set(value);
    }

    /** {@return {@code text} of the loaded record, else ""; no request (for {@code toString()})} */
    String ifLoaded(Function<? super R, String> text) {
        return record.loaded() ? text.apply(record.get()) : "";
    }
}
