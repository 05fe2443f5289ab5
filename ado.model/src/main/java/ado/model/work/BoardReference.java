package ado.model.work;

import ado.model.internal.Checks;
import java.util.Objects;
import java.util.UUID;

/**
 * A board in a list of boards.
 *
 * @param id   the board id
 * @param name the board name (the backlog level, such as {@code Stories})
 * @param url  the REST URL, or {@code null}
 */
public record BoardReference(UUID id, String name, String url) {

    /**
     * Checks the id and name.
     *
     * @param id   the board id
     * @param name the board name (the backlog level, such as {@code Stories})
     * @param url  the REST URL, or {@code null}
     * @throws NullPointerException     if {@code id} or {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public BoardReference {
        Objects.requireNonNull(id, "id == null");
        Checks.nonBlank(name, "name");
    }
}
