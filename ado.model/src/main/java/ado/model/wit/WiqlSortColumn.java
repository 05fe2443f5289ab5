package ado.model.wit;

import java.util.Objects;

/**
 * A sort key of a query.
 *
 * @param field      the field
 * @param descending whether it sorts in descending order
 */
public record WiqlSortColumn(WiqlColumn field, boolean descending) {

    /**
     * Checks that {@code field} is present.
     *
     * @param field      the field
     * @param descending whether it sorts in descending order
     * @throws NullPointerException if {@code field} is null
     */
    public WiqlSortColumn {
        Objects.requireNonNull(field, "field == null");
    }
}
