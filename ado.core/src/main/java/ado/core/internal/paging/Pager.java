package ado.core.internal.paging;

import ado.core.Page;
import java.util.Map;

/** One paging kind: fetches a page for a cursor and says which cursor comes next. Immutable. */
public interface Pager<T> {

    /**
     * {@return the page for {@code cursor} (the query parameters that select it; empty for the first page) and
     * the cursor of the next page}
     */
    Step<T> fetch(PageFetcher fetcher, Map<String, String> cursor);

    /**
     * {@return whether a non-empty page equal to the previous one proves the server is going round in a circle}
     * True for offset paging (the offset moved, the items did not); false where equal pages can be genuine.
     */
    default boolean repeatedPageIsLoop() {
        return false;
    }

    /**
     * A fetched page and what follows it.
     *
     * @param page the page
     * @param next the query parameters of the next page, or {@code null} after the last page
     * @param <T>  the item type
     */
    record Step<T>(Page<T> page, Map<String, String> next) {
    }
}
