package ado.core.internal.paging;

import ado.core.Page;
import ado.core.json.JsonType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Offset paging: sends {@code $top} (page size) and {@code $skip} (items seen so far) under configurable names, and
 * stops after a short or empty page, or when the page says it is the last. A full page equal to the previous one
 * means the server ignores the offset: the chain then fails instead of paging forever.
 *
 * @param <P> the decoded page body
 * @param <T> the item type
 */
public final class OffsetPager<P, T> implements Pager<T> {

    private final JsonType<P> pageType;
    private final Function<? super P, ? extends List<T>> items;
    private final Predicate<? super P> last;
    private final int pageSize;
    private final String top;
    private final String skip;

    /**
     * Creates the pager.
     *
     * @param last whether a page is the last one whatever its size (for git diffs: {@code allChangesIncluded})
     */
    public OffsetPager(JsonType<P> pageType, Function<? super P, ? extends List<T>> items, Predicate<? super P> last,
                       int pageSize, String top, String skip) {
        this.pageType = pageType;
        this.items = items;
        this.last = last;
        this.pageSize = pageSize;
        this.top = top;
        this.skip = skip;
    }

    @Override
    public boolean repeatedPageIsLoop() {
        return true;
    }

    @Override
    public Step<T> fetch(PageFetcher fetcher, Map<String, String> cursor) {
        int offset = cursor.isEmpty() ? 0 : Integer.parseInt(cursor.get(skip));
        Map<String, String> query = new LinkedHashMap<>();
        query.put(top, Integer.toString(pageSize));
        query.put(skip, Integer.toString(offset));
        P body = fetcher.fetch(query, pageType).body();
        List<T> list = body == null ? null : items.apply(body);
        List<T> page = list == null ? List.of() : list;
        boolean done = page.isEmpty() || page.size() < pageSize || last.test(body);
        return new Step<>(new Page<>(page, Optional.empty()),
                done ? null : Map.of(skip, Integer.toString(offset + page.size())));
    }
}
