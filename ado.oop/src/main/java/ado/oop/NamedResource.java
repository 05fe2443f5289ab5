package ado.oop;

import java.util.UUID;
import java.util.function.Function;

/**
 * What a project, repository or team object knows about itself: the name or id it was reached by, and its record,
 * loaded once on demand (thread-safe) and reloaded by {@code refresh()}: a {@link Resource} keyed by the name or id,
 * which also knows the record's name and id.
 *
 * @param <T> the record type
 */
final class NamedResource<T> {

    private final Resource<String, T> info;
    private final Function<T, String> name;
    private final Function<T, UUID> id;

    NamedResource(String nameOrId, Function<String, T> loader, Function<T, String> name, Function<T, UUID> id) {
        this.info = new Resource<>(nameOrId, loader);
        this.name = name;
        this.id = id;
    }

    /** {@return the name: as given when reached by name, else from the record (loading it if reached by id)} */
    String name() {
        return info.loaded() || IdentityMap.parseId(info.key()) != null ? name.apply(info.get()) : info.key();
    }

    /** {@return the id: as given when reached by id, else from the record (loading it)} */
    UUID id() {
        UUID given = IdentityMap.parseId(info.key());
        return given != null ? given : id.apply(info.get());
    }

    T info() {
        return info.get();
    }

    /** {@return {@code owner}, after loading the record again: the body of an object's {@code refresh()}} */
    <S> S refresh(S owner) {
        return info.refresh(owner);
    }

    /** Takes a record the caller already has (from a list or a create response). */
    void set(T value) {
        info.set(value);
    }

    /** {@return what to put in a URL: the id once loaded, else the name or id it was reached by; no request} */
    String urlKey() {
        return info.loaded() ? id.apply(info.get()).toString() : info.key();
    }

    /** {@return a label for {@code toString()}: the loaded name, else the name or id it was reached by; no request} */
    String label() {
        return info.loaded() ? name.apply(info.get()) : info.key();
    }
}
