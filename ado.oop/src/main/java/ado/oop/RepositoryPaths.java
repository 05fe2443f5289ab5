package ado.oop;

import java.util.Objects;

/** Repository paths as the object layer takes them: not blank, a missing leading {@code /} added. */
final class RepositoryPaths {

    private RepositoryPaths() {
    }

    /** {@return {@code path} with a leading {@code /}} after checking it is not blank; errors name {@code field} */
    static String normalise(String path, String field) {
        Objects.requireNonNull(path, field + " == null");
        if (path.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank: '" + path + "'");
        }
        return path.startsWith("/") ? path : "/" + path;
    }
}
