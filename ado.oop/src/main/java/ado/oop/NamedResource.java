package ado.oop;

import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What a project, repository or team object knows about itself: the name or id it was reached by, and its record,
 * loaded once on demand (thread-safe) and reloaded by {@code refresh()}.
 *
 * @param <T> the record type
 */
final class NamedResource<T> {

    private final String nameOrId;
    private final Lazy<T> info;
    private final Function<T, String> name;
    private final Function<T, UUID> id;

    NamedResource(String nameOrId, Supplier<T> loader, Function<T, String> name, Function<T, UUID> id) {
        this.nameOrId = nameOrId;
        this.info = new Lazy<>(loader);
        this.name = name;
        this.id = id;
    }

    /** {@return the name: as given when reached by name, else from the record (loading it if reached by id)} */
    String name() {
        return info.loaded() || Project.parseId(nameOrId) != null ? name.apply(info.get()) : nameOrId;
    }

    /** {@return the id: as given when reached by id, else from the record (loading it)} */
    UUID id() {
        UUID given = Project.parseId(nameOrId);
        return given != null ? given : id.apply(info.get());
    }

    T info() {
        return info.get();
    }

    void reload() {
        info.reload();
    }

    /** Takes a record the caller already has (from a list or a create response). */
    void set(T value) {
        info.set(value);
    }

    /** {@return what to put in a URL: the id once loaded, else the name or id it was reached by; no request} */
    String urlKey() {
        return info.loaded() ? id.apply(info.get()).toString() : nameOrId;
    }

    /** {@return a label for {@code toString()}: the loaded name, else the name or id it was reached by; no request} */
    String label() {
        return info.loaded() ? name.apply(info.get()) : nameOrId;
    }
}
