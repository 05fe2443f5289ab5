package ado.model.distributedtask;

import ado.model.internal.Copies;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Filters of a variable group list: {@code groupName} (Azure DevOps allows {@code *} wildcards), {@code actionFilter},
 * the page size ({@code $top}) and the order ({@code queryOrder}). Immutable; start from {@link #ALL}.
 *
 * @param groupName    the name filter, or {@code null} for all
 * @param actionFilter the action filter, or {@code null}
 * @param top          the page size, positive, or {@code null} for the server's default
 * @param ascending    whether to list by ascending id ({@code IdAscending}); the server's default is descending
 */
public record VariableGroupQuery(String groupName, VariableGroupActionFilter actionFilter, Integer top,
                                 boolean ascending) {

    /** Every group, the server's page size and order. */
    public static final VariableGroupQuery ALL = new VariableGroupQuery(null, null, null, false);

    /**
     * Checks {@code top} and {@code actionFilter}.
     *
     * @param groupName    the name filter, or {@code null} for all
     * @param actionFilter the action filter, or {@code null}
     * @param top          the page size, positive, or {@code null} for the server's default
     * @param ascending    whether to list by ascending id ({@code IdAscending}); the server's default is descending
     * @throws IllegalArgumentException if {@code top} is not positive or {@code actionFilter} is {@code UNKNOWN}
     */
    public VariableGroupQuery {
        if (top != null) {
            Copies.positive(top, "top");
        }
        if (actionFilter == VariableGroupActionFilter.UNKNOWN) {
            throw new IllegalArgumentException("actionFilter must not be UNKNOWN");
        }
    }

    /**
     * {@return this query filtered by {@code groupName}}
     *
     * @param groupName the name filter ({@code *} wildcards allowed), or {@code null} for all
     */
    public VariableGroupQuery withName(String groupName) {
        return new VariableGroupQuery(groupName, actionFilter, top, ascending);
    }

    /**
     * {@return this query with {@code actionFilter}}
     *
     * @param actionFilter the action filter, or {@code null}
     * @throws IllegalArgumentException if {@code actionFilter} is {@code UNKNOWN}
     */
    public VariableGroupQuery withActionFilter(VariableGroupActionFilter actionFilter) {
        return new VariableGroupQuery(groupName, actionFilter, top, ascending);
    }

    /**
     * {@return this query with page size {@code top}}
     *
     * @param top the page size, positive
     * @throws IllegalArgumentException if {@code top} is not positive
     */
    public VariableGroupQuery withTop(int top) {
        return new VariableGroupQuery(groupName, actionFilter, top, ascending);
    }

    /** {@return this query in ascending id order} */
    public VariableGroupQuery inAscendingOrder() {
        return new VariableGroupQuery(groupName, actionFilter, top, true);
    }

    /** {@return the query parameters} */
    public Map<String, String> query() {
        var q = new LinkedHashMap<String, String>();
        if (groupName != null) {
            q.put("groupName", groupName);
        }
        if (actionFilter != null) {
            String n = actionFilter.name().toLowerCase(Locale.ROOT);
            q.put("actionFilter", Character.toUpperCase(n.charAt(0)) + n.substring(1));
        }
        if (top != null) {
            q.put("$top", top.toString());
        }
        q.put("queryOrder", ascending ? "IdAscending" : "IdDescending");
        return q;
    }
}
