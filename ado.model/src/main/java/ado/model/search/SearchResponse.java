package ado.model.search;

import ado.core.json.JsonObject;
import ado.model.internal.Copies;
import java.util.List;

/**
 * One page of search results.
 *
 * @param count    the number of matches in all pages
 * @param results  this page's results; empty when absent
 * @param infoCode a code about the search (0: fine), or {@code null}
 * @param facets   the facets when asked for; empty when absent
 * @param <T>      the result type
 */
public record SearchResponse<T>(int count, List<T> results, Integer infoCode, JsonObject facets) {

    /**
     * Copies the results.
     *
     * @param count    the number of matches in all pages
     * @param results  this page's results; empty when absent
     * @param infoCode a code about the search (0: fine), or {@code null}
     * @param facets   the facets when asked for; empty when absent
     */
    public SearchResponse {
        results = Copies.list(results, "results");
        facets = facets == null ? JsonObject.EMPTY : facets;
    }
}
