package ado.model.wit;

import ado.model.internal.Copies;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The result of a WIQL query ({@code WorkItemQueryResult}): ids only; the fields are fetched separately, at most
 * 200 ids a call. A flat query fills {@link #workItems()}, a link query {@link #workItemRelations()}.
 *
 * @param queryType         the kind of query, or {@code null} when not sent
 * @param queryResultType   what the result holds, or {@code null} when not sent (old API versions)
 * @param asOf              when the query ran, or {@code null}
 * @param columns           the SELECT list; empty when absent
 * @param sortColumns       the ORDER BY list; empty when absent
 * @param workItems         the work items of a flat query, in order; empty otherwise
 * @param workItemRelations the entries of a link query, in order; empty otherwise
 */
public record WiqlResult(
        QueryType queryType,
        QueryResultType queryResultType,
        Instant asOf,
        List<WiqlColumn> columns,
        List<WiqlSortColumn> sortColumns,
        List<WiqlWorkItemRef> workItems,
        List<WiqlLink> workItemRelations) {

    /**
     * Copies the lists.
     *
     * @param queryType         the kind of query, or {@code null} when not sent
     * @param queryResultType   what the result holds, or {@code null} when not sent (old API versions)
     * @param asOf              when the query ran, or {@code null}
     * @param columns           the SELECT list; empty when absent
     * @param sortColumns       the ORDER BY list; empty when absent
     * @param workItems         the work items of a flat query, in order; empty otherwise
     * @param workItemRelations the entries of a link query, in order; empty otherwise
     * @throws NullPointerException if {@code columns}, {@code sortColumns}, {@code workItems} or
     *                              {@code workItemRelations} contains null
     */
    public WiqlResult {
        columns = Copies.list(columns, "columns");
        sortColumns = Copies.list(sortColumns, "sortColumns");
        workItems = Copies.list(workItems, "workItems");
        workItemRelations = Copies.list(workItemRelations, "workItemRelations");
    }

    /**
     * {@return the ids the result names, in order and without repeats}: the work items of a flat query, or the
     * targets of a link query (top-level items and linked items alike)
     */
    public List<Integer> ids() {
        var ids = new LinkedHashSet<Integer>();
        workItems.forEach(w -> ids.add(w.id()));
        workItemRelations.forEach(l -> ids.add(l.target().id()));
        return List.copyOf(ids);
    }
}
