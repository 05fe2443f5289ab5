package ado.oop;

import java.util.Objects;
import java.util.function.Supplier;

/** A value loaded once on first use, thread-safe; {@link #reload()} loads it again. */
final class Lazy<T> {

    private final Supplier<T> loader;
    private volatile T value;

    Lazy(Supplier<T> loader) {
        this.loader = loader;
    }

    T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = Objects.requireNonNull(loader.get(), "loader returned null");
                    value = v;
                }
            }
        }
        return v;
    }

    boolean loaded() {
        return value != null;
    }

    /** Replaces the value with one the caller already has (a list or push response). */
    void set(T v) {
        value = Objects.requireNonNull(v);
    }

    synchronized T reload() {
        T v = Objects.requireNonNull(loader.get(), "loader returned null");
        value = v;
        return v;
    }
}
