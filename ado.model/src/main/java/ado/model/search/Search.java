package ado.model.search;

import ado.core.ApiCall;
import ado.core.Body;
import ado.core.json.JsonType;
import java.util.List;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Code, work item and wiki search ({@code _apis/search/*searchresults}) on the search host: call with
 * {@code client.search()} for the organisation or {@code client.search().project(name)} for one project. The
 * streams page through the results with the request's {@code $top} as page size, sending a page's request only when
 * the stream reaches it.
 *
 * <pre>{@code
 * List<CodeResult> hits = Search.code(client.search(), SearchRequest.of("Strings")).limit(10).toList();
 * }</pre>
 */
public final class Search {

    /** The api-version of these operations. */
    public static final String API_VERSION = "7.1";

    private Search() {
    }

    /**
     * {@return one page of code results}
     *
     * @param searchHost the search host scope ({@code client.search()}), optionally with {@code .project(name)}
     * @param request    the search and the page
     * @throws NullPointerException if {@code request} is null
     */
    public static SearchResponse<CodeResult> codePage(ApiCall searchHost, SearchRequest request) {
        return page(searchHost, "codesearchresults", request, CodeResult.class);
    }

    /**
     * {@return every code result, page by page}
     *
     * @param searchHost the search host scope ({@code client.search()}), optionally with {@code .project(name)}
     * @param request    the search; its page is the first page and the page size
     * @throws NullPointerException if {@code request} is null
     */
    public static Stream<CodeResult> code(ApiCall searchHost, SearchRequest request) {
        return stream(request, r -> codePage(searchHost, r));
    }

    /**
     * {@return one page of work item results}
     *
     * @param searchHost the search host scope ({@code client.search()}), optionally with {@code .project(name)}
     * @param request    the search and the page
     * @throws NullPointerException if {@code request} is null
     */
    public static SearchResponse<WorkItemResult> workItemPage(ApiCall searchHost, SearchRequest request) {
        return page(searchHost, "workitemsearchresults", request, WorkItemResult.class);
    }

    /**
     * {@return every work item result, page by page}
     *
     * @param searchHost the search host scope ({@code client.search()}), optionally with {@code .project(name)}
     * @param request    the search; its page is the first page and the page size
     * @throws NullPointerException if {@code request} is null
     */
    public static Stream<WorkItemResult> workItems(ApiCall searchHost, SearchRequest request) {
        return stream(request, r -> workItemPage(searchHost, r));
    }

    /**
     * {@return one page of wiki results}
     *
     * @param searchHost the search host scope ({@code client.search()}), optionally with {@code .project(name)}
     * @param request    the search and the page
     * @throws NullPointerException if {@code request} is null
     */
    public static SearchResponse<WikiResult> wikiPage(ApiCall searchHost, SearchRequest request) {
        return page(searchHost, "wikisearchresults", request, WikiResult.class);
    }

    /**
     * {@return every wiki result, page by page}
     *
     * @param searchHost the search host scope ({@code client.search()}), optionally with {@code .project(name)}
     * @param request    the search; its page is the first page and the page size
     * @throws NullPointerException if {@code request} is null
     */
    public static Stream<WikiResult> wiki(ApiCall searchHost, SearchRequest request) {
        return stream(request, r -> wikiPage(searchHost, r));
    }

    /**
     * {@return one page of package results (Azure Artifacts feeds of the organisation)}
     *
     * @param searchHost the search host scope of the organisation ({@code client.search()}); the service has no
     *                   project-level package search
     * @param request    the search and the page
     * @throws NullPointerException if {@code request} is null
     */
    public static SearchResponse<PackageResult> packagePage(ApiCall searchHost, SearchRequest request) {
        return page(searchHost, "packagesearchresults", request, PackageResult.class);
    }

    /**
     * {@return every package result, page by page}
     *
     * @param searchHost the search host scope of the organisation ({@code client.search()})
     * @param request    the search; its page is the first page and the page size
     * @throws NullPointerException if {@code request} is null
     */
    public static Stream<PackageResult> packages(ApiCall searchHost, SearchRequest request) {
        return stream(request, r -> packagePage(searchHost, r));
    }

    private static <T> SearchResponse<T> page(ApiCall host, String kind, SearchRequest request, Class<T> item) {
        Objects.requireNonNull(request, "request == null");
        JsonType<SearchResponse<T>> type = JsonType.of(SearchResponse.class, item);
        SearchResponse<T> page = host.apis("search", kind).post(API_VERSION).body(Body.json(request)).as(type);
        return page == null ? new SearchResponse<>(0, List.of(), null, null) : page;
    }

    private static <T> Stream<T> stream(SearchRequest first, java.util.function.Function<SearchRequest,
            SearchResponse<T>> fetch) {
        Objects.requireNonNull(first, "request == null");
        var pages = new Spliterators.AbstractSpliterator<List<T>>(Long.MAX_VALUE, Spliterator.ORDERED) {
            private SearchRequest next = first;

            @Override
            public boolean tryAdvance(Consumer<? super List<T>> action) {
                if (next == null) {
                    return false;
                }
                SearchResponse<T> page = fetch.apply(next);
                int seen = next.skip() + page.results().size();
                next = page.results().size() < next.top() || seen >= page.count() ? null
                        : next.page(seen, next.top());
                action.accept(page.results());
                return true;
            }
        };
        return StreamSupport.stream(pages, false).flatMap(List::stream);
    }
}
