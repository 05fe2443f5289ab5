package ado.emulator.internal.wiql;

import java.time.Instant;
import java.util.List;

/**
 * A parsed statement.
 *
 * @param columns the SELECT list
 * @param links   whether it is {@code FROM WorkItemLinks}
 * @param where   the condition, or {@code null}
 * @param orderBy the sort keys
 * @param asOf    the ASOF time, or {@code null}
 * @param mode    the link query mode ({@code MustContain} for flat queries and when absent)
 */
record WiqlQuery(List<Fields.Field> columns, boolean links, Expr where, List<Sort> orderBy, Instant asOf,
                 Mode mode) {

    /** A sort key. */
    record Sort(Expr.FieldRef field, boolean descending) {
    }

    /** Link query modes. */
    enum Mode { MUST_CONTAIN, MAY_CONTAIN, DOES_NOT_CONTAIN, RECURSIVE }
}
