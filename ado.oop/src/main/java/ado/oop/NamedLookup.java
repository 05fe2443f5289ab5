package ado.oop;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Finding one resource by its name in a filtered list: the server's name filter may match more than the name (a
 * wildcard, a prefix), so the result is the first record whose name equals {@code name} ignoring case, as Azure
 * DevOps compares names; never a prefix or pattern match.
 */
final class NamedLookup {

    private NamedLookup() {
    }

    /** {@return {@code name}, checked not null and not blank (the error names {@code parameter})} */
    static String checked(String parameter, String name) {
        Objects.requireNonNull(name, () -> parameter + " == null");
        if (name.isBlank()) {
            throw new IllegalArgumentException(parameter + " must not be blank: \"" + name + "\"");
        }
        return name;
    }

    /** {@return the first of {@code records} named {@code name} ignoring case, or empty} */
    static <R> Optional<R> exact(Collection<? extends R> records, Function<? super R, String> nameOf, String name) {
        return exact(records.stream(), nameOf, name);
    }

    /** {@return the first of {@code records} named {@code name} ignoring case, or empty; reads no further} */
    static <R> Optional<R> exact(Stream<? extends R> records, Function<? super R, String> nameOf, String name) {
        return records.filter(r -> name.equalsIgnoreCase(nameOf.apply(r))).<R>map(r -> r).findFirst();
    }
}
