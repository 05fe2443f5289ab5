package ado.emulator.internal.wiql;

import java.time.Instant;
import java.util.List;

/**
 * What a query returned, before it is written as ADO's {@code WorkItemQueryResult}.
 *
 * @param queryType   {@code flat}, {@code oneHop} or {@code tree}
 * @param asOf        when the query ran (or its ASOF time)
 * @param columns     the SELECT list
 * @param sortColumns the ORDER BY list
 * @param workItems   the ids of a flat query, in order; empty for link queries
 * @param relations   the links of a link query, roots with no source; empty for flat queries
 */
public record WiqlResult(String queryType, Instant asOf, List<Column> columns, List<SortColumn> sortColumns,
                         List<Integer> workItems, List<Relation> relations) {

    /** Copies the lists. */
    public WiqlResult {
        columns = List.copyOf(columns);
        sortColumns = List.copyOf(sortColumns);
        workItems = List.copyOf(workItems);
        relations = List.copyOf(relations);
    }

    /** {@return {@code workItem} for flat queries, {@code workItemLink} for link queries} */
    public String queryResultType() {
        return queryType.equals("flat") ? "workItem" : "workItemLink";
    }

    /** A column: a field's reference name and display name. */
    public record Column(String referenceName, String name) {
    }

    /** A sort column. */
    public record SortColumn(Column field, boolean descending) {
    }

    /**
     * One entry of a link query's result.
     *
     * @param source the source id, or {@code null} for a top-level entry
     * @param target the target id
     * @param rel    the link type, or {@code null} for a top-level entry
     */
    public record Relation(Integer source, int target, String rel) {
    }
}
