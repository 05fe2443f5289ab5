package ado.model.work;

import ado.model.internal.Checks;
import ado.model.internal.Copies;
import java.util.Map;
import java.util.UUID;

/**
 * A column of a Kanban board.
 *
 * @param id            the column id, or {@code null} for a new column
 * @param name          the name
 * @param itemLimit     the work-in-progress limit (0 for none)
 * @param stateMappings the state each work item type has in this column
 * @param columnType    incoming, in progress or outgoing
 * @param isSplit       whether the column is split into doing and done, or {@code null}
 * @param description   the definition of done, or {@code null}
 */
public record BoardColumn(UUID id, String name, int itemLimit, Map<String, String> stateMappings,
                          BoardColumnType columnType, Boolean isSplit, String description) {

    /**
     * Checks the name and limit and copies the mappings.
     *
     * @param id            the column id, or {@code null} for a new column
     * @param name          the name
     * @param itemLimit     the work-in-progress limit (0 for none)
     * @param stateMappings the state each work item type has in this column
     * @param columnType    incoming, in progress or outgoing
     * @param isSplit       whether the column is split into doing and done, or {@code null}
     * @param description   the definition of done, or {@code null}
     * @throws NullPointerException     if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank or {@code itemLimit} is negative
     */
    public BoardColumn {
        Checks.nonBlank(name, "name");
        Checks.nonNegative(itemLimit, "itemLimit");
        stateMappings = Copies.map(stateMappings, "stateMappings");
    }
}
