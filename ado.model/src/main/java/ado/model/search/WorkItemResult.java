package ado.model.search;

import ado.core.json.JsonValue;
import ado.model.internal.Copies;
import java.util.List;
import java.util.Map;

/**
 * One work item that matched a work item search.
 *
 * @param project the project, or {@code null}
 * @param fields  the returned fields by reference name ({@code system.id}, {@code system.title}, ...); empty when
 *                absent
 * @param hits    the highlighted hits (raw); empty when absent
 * @param url     the work item's REST URL, or {@code null}
 */
public record WorkItemResult(SearchScopeRef project, Map<String, String> fields, List<JsonValue> hits, String url) {

    /**
     * Copies the collections.
     *
     * @param project the project, or {@code null}
     * @param fields  the returned fields by reference name ({@code system.id}, {@code system.title}, ...); empty when
     *                absent
     * @param hits    the highlighted hits (raw); empty when absent
     * @param url     the work item's REST URL, or {@code null}
     */
    public WorkItemResult {
        fields = Copies.map(fields, "fields");
        hits = Copies.list(hits, "hits");
    }
}
