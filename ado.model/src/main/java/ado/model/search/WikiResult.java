package ado.model.search;

import ado.core.json.JsonObject;
import ado.core.json.JsonValue;
import ado.model.internal.Copies;
import java.util.List;

/**
 * One wiki page that matched a wiki search.
 *
 * @param fileName   the page file's name
 * @param path       the page's path
 * @param collection the organisation, or {@code null}
 * @param project    the project, or {@code null}
 * @param wiki       the wiki ({@code id}, {@code name}, {@code mappedPath}, {@code version}); empty when absent
 * @param hits       the highlighted hits (raw); empty when absent
 * @param contentId  the content's id, or {@code null}
 */
public record WikiResult(String fileName, String path, SearchScopeRef collection, SearchScopeRef project,
                         JsonObject wiki, List<JsonValue> hits, String contentId) {

    /**
     * Copies the collections.
     *
     * @param fileName   the page file's name
     * @param path       the page's path
     * @param collection the organisation, or {@code null}
     * @param project    the project, or {@code null}
     * @param wiki       the wiki ({@code id}, {@code name}, {@code mappedPath}, {@code version}); empty when absent
     * @param hits       the highlighted hits (raw); empty when absent
     * @param contentId  the content's id, or {@code null}
     */
    public WikiResult {
        wiki = wiki == null ? JsonObject.EMPTY : wiki;
        hits = Copies.list(hits, "hits");
    }
}
