package ado.model.work;

import ado.core.json.JsonName;
import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;
import ado.model.ReferenceLink;
import ado.model.internal.Checks;
import ado.model.internal.Copies;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A Kanban board of a team.
 *
 * @param id       the board id
 * @param name     the name
 * @param revision the revision, or {@code null}
 * @param isValid  whether the board is usable, or {@code null}
 * @param canEdit  whether the caller may edit it, or {@code null}
 * @param columns  the columns
 * @param rows     the swimlanes
 * @param fields   the board's fields ({@code columnField}, {@code rowField}, {@code doneField}); empty when absent
 * @param url      the REST URL, or {@code null}
 * @param links    the {@code _links} map; empty when absent
 * @param other    members ado4j does not model; never {@code null}
 */
public record Board(UUID id, String name, Integer revision, Boolean isValid, Boolean canEdit,
                    List<BoardColumn> columns, List<BoardRow> rows, JsonObject fields, String url,
                    @JsonName("_links") Map<String, ReferenceLink> links, @JsonUnmapped JsonObject other) {

    /**
     * Checks the id and name and copies the collections.
     *
     * @param id       the board id
     * @param name     the name
     * @param revision the revision, or {@code null}
     * @param isValid  whether the board is usable, or {@code null}
     * @param canEdit  whether the caller may edit it, or {@code null}
     * @param columns  the columns
     * @param rows     the swimlanes
     * @param fields   the board's fields ({@code columnField}, {@code rowField}, {@code doneField}); empty when absent
     * @param url      the REST URL, or {@code null}
     * @param links    the {@code _links} map; empty when absent
     * @param other    members ado4j does not model; never {@code null}
     * @throws NullPointerException     if {@code id} or {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public Board {
        other = other == null ? JsonObject.EMPTY : other;
        Objects.requireNonNull(id, "id == null");
        Checks.nonBlank(name, "name");
        columns = Copies.list(columns, "columns");
        rows = Copies.list(rows, "rows");
        fields = fields == null ? JsonObject.EMPTY : fields;
        links = Copies.map(links, "links");
    }
}
