package ado.model.git;

import java.util.Objects;
import java.util.UUID;

/**
 * A label on a pull request.
 *
 * @param id     the tag id, or {@code null}
 * @param name   the label text
 * @param active whether the tag is active, or {@code null}
 * @param url    the REST URL, or {@code null}
 */
public record WebApiTagDefinition(UUID id, String name, Boolean active, String url) {

    /**
     * Checks that {@code name} is present.
     *
     * @param id     the tag id, or {@code null}
     * @param name   the label text
     * @param active whether the tag is active, or {@code null}
     * @param url    the REST URL, or {@code null}
     * @throws NullPointerException if {@code name} is null
     */
    public WebApiTagDefinition {
        Objects.requireNonNull(name, "name == null");
    }

    /**
     * {@return a label called {@code name} for a request; leading and trailing spaces are dropped}
     *
     * @param name the label text
     * @throws NullPointerException     if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public static WebApiTagDefinition named(String name) {
        return new WebApiTagDefinition(null, ado.model.internal.Checks.nonBlank(name, "name").strip(), null, null);
    }
}
