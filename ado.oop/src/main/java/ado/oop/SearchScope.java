package ado.oop;

import ado.core.ApiCall;
import ado.model.search.CodeResult;
import ado.model.search.PackageResult;
import ado.model.search.Search;
import ado.model.search.SearchRequest;
import ado.model.search.WikiResult;
import ado.model.search.WorkItemResult;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Search in an organisation or one project, on the search host (packages: always the organisation). The streams
 * fetch a page ({@code $top} results, 100 unless the request says otherwise) when they reach it.
 *
 * <p><b>Thread safety.</b> Immutable and thread-safe.
 */
public final class SearchScope {

    private final ApiCall host;

    SearchScope(ApiCall host) {
        this.host = Objects.requireNonNull(host, "host == null");
    }

    /**
     * {@return the files whose name or text contains {@code text}, in the default branches}
     *
     * @param text the search text
     */
    public Stream<CodeResult> code(String text) {
        return code(SearchRequest.of(text));
    }

    /**
     * {@return the code results of {@code request} (filters such as {@code Repository}, paging)}
     *
     * @param request the search request
     */
    public Stream<CodeResult> code(SearchRequest request) {
        return Search.code(host, request);
    }

    /**
     * {@return the work items that match {@code text}}
     *
     * @param text the search text
     */
    public Stream<WorkItemResult> workItems(String text) {
        return Search.workItems(host, SearchRequest.of(text));
    }

    /**
     * {@return the wiki pages that match {@code text}}
     *
     * @param text the search text
     */
    public Stream<WikiResult> wiki(String text) {
        return Search.wiki(host, SearchRequest.of(text));
    }

    /**
     * {@return the Azure Artifacts packages whose name or description matches {@code text}, with their feeds}
     *
     * <p>Package search is organisation-wide: Microsoft's 7.1 specification has it only at the organisation
     * ({@code POST {org}/_apis/search/packagesearchresults}), so a project's scope searches the organisation's feeds
     * too; narrow by feed or protocol with {@link #packages(SearchRequest)} and the {@code Feeds} or
     * {@code ProtocolType} filters.
     *
     * @param text the search text
     */
    public Stream<PackageResult> packages(String text) {
        return packages(SearchRequest.of(text));
    }

    /**
     * {@return the package results of {@code request} (filters such as {@code ProtocolType} or {@code Feeds},
     * paging)}; organisation-wide, as {@link #packages(String)} says
     *
     * @param request the search request
     */
    public Stream<PackageResult> packages(SearchRequest request) {
        return Search.packages(host.client().search(), request);
    }

    /** {@return the search host scope of the raw API, for {@code ado.model} calls} */
    public ApiCall api() {
        return host;
    }

    @Override
    public String toString() {
        return "SearchScope[" + host.uri() + "]";
    }
}
