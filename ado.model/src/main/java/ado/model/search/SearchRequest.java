package ado.model.search;

import ado.core.json.JsonName;
import ado.model.internal.Copies;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A search: the text, the page ({@code $skip}/{@code $top}) and filters such as
 * {@code {"Project": ["Fabrikam"], "Repository": ["Fabrikam"], "Branch": ["main"]}} for code or
 * {@code {"System.WorkItemType": ["Bug"]}} for work items.
 *
 * @param searchText    the text to find
 * @param skip          how many results to skip
 * @param top           how many results to return, 1 to 1000
 * @param filters       the filters by name; empty when absent
 * @param includeFacets whether to return facets, or {@code null}
 */
public record SearchRequest(String searchText, @JsonName("$skip") int skip, @JsonName("$top") int top,
                            Map<String, List<String>> filters, Boolean includeFacets) {

    /** The largest {@code $top} the search service accepts. */
    public static final int MAX_TOP = 1000;

    /**
     * Checks the text and the page and copies the filters.
     *
     * @param searchText    the text to find
     * @param skip          how many results to skip
     * @param top           how many results to return, 1 to 1000
     * @param filters       the filters by name; empty when absent
     * @param includeFacets whether to return facets, or {@code null}
     * @throws NullPointerException     if {@code searchText}, a filter name or a filter's values is null
     * @throws IllegalArgumentException if {@code searchText} is blank, {@code skip} is negative or {@code top} is not 1
     *                                  to {@value #MAX_TOP}
     */
    public SearchRequest {
        Objects.requireNonNull(searchText, "searchText == null");
        if (searchText.isBlank()) {
            throw new IllegalArgumentException("searchText must not be blank");
        }
        if (skip < 0) {
            throw new IllegalArgumentException("skip must not be negative: " + skip);
        }
        if (top < 1 || top > MAX_TOP) {
            throw new IllegalArgumentException("top must be 1.." + MAX_TOP + ": " + top);
        }
        filters = Copies.map(filters, "filters");
    }

    /**
     * {@return a search for {@code searchText}, the first 100 results, no filters}
     *
     * @param searchText the text to find
     * @throws NullPointerException     if {@code searchText} is null
     * @throws IllegalArgumentException if {@code searchText} is blank
     */
    public static SearchRequest of(String searchText) {
        return new SearchRequest(searchText, 0, 100, Map.of(), null);
    }

    /**
     * {@return this search with filter {@code name} set to {@code values}}
     *
     * @param name   the filter, such as {@code Project}, {@code Repository} or {@code System.WorkItemType}
     * @param values the values to match
     * @throws NullPointerException if {@code name} or {@code values} is null
     */
    public SearchRequest filter(String name, List<String> values) {
        Objects.requireNonNull(name, "name == null");
        var copy = new java.util.LinkedHashMap<>(filters);
        copy.put(name, List.copyOf(Objects.requireNonNull(values, "values == null")));
        return new SearchRequest(searchText, skip, top, copy, includeFacets);
    }

    /**
     * {@return this search starting at result {@code skip} with pages of {@code top}}
     *
     * @param skip how many results to skip, not negative
     * @param top  how many results per page, 1 to {@value #MAX_TOP}
     * @throws IllegalArgumentException if {@code skip} or {@code top} is out of range
     */
    public SearchRequest page(int skip, int top) {
        return new SearchRequest(searchText, skip, top, filters, includeFacets);
    }
}
