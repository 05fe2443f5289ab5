package ado.core.internal.paging;

import ado.core.Page;
import ado.core.error.AdoPagingCycleException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Walks one chain of pages, fetching each only when the stream reaches it. Every call of {@link #pages} starts
 * a chain of its own, so streams never share state.
 *
 * <p>The chain refuses to go round in a circle, for every pager: a cursor (continuation token, offset) that was
 * already followed, or a page that repeats the previous one item for item when the pager says that proves a loop
 * ({@link Pager#repeatedPageIsLoop()}), fails with {@link AdoPagingCycleException} before the repeated page is
 * delivered.
 */
public final class PageSpliterator<T> extends Spliterators.AbstractSpliterator<Page<T>> {

    private static final int MAX_SHOWN = 64;

    private final Pager<T> pager;
    private final PageFetcher fetcher;
    private final String what;
    private final Set<Map<String, String>> followed = new HashSet<>();
    private Map<String, String> cursor = Map.of();
    private List<T> previous;
    private int fetched;

    private PageSpliterator(Pager<T> pager, PageFetcher fetcher, String what) {
        super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
        this.pager = pager;
        this.fetcher = fetcher;
        this.what = what;
    }

    /** {@return a lazy, sequential stream of the pages {@code pager} finds through {@code fetcher}} */
    public static <T> Stream<Page<T>> pages(Pager<T> pager, PageFetcher fetcher) {
        return pages(pager, fetcher, "the listing");
    }

    /**
     * {@return a lazy, sequential stream of the pages {@code pager} finds through {@code fetcher}}; {@code what}
     * names the request in errors (method and redacted URL)
     */
    public static <T> Stream<Page<T>> pages(Pager<T> pager, PageFetcher fetcher, String what) {
        return StreamSupport.stream(new PageSpliterator<>(pager, fetcher, what), false);
    }

    @Override
    public boolean tryAdvance(Consumer<? super Page<T>> action) {
        if (cursor == null) {
            return false;
        }
        Map<String, String> current = cursor;
        cursor = null; // a failure below ends the chain
        followed.add(current);
        Pager.Step<T> step = pager.fetch(fetcher, current);
        fetched++;
        List<T> items = step.page().items();
        if (pager.repeatedPageIsLoop() && previous != null && !items.isEmpty() && items.equals(previous)) {
            throw new AdoPagingCycleException("Paging " + what + " stopped: page " + fetched + " (" + shown(current)
                    + ") repeats page " + (fetched - 1) + " item for item; the server ignores the offset and would "
                    + "page forever", fetched);
        }
        Map<String, String> next = step.next();
        if (next != null && followed.contains(next)) {
            throw new AdoPagingCycleException("Paging " + what + " stopped after page " + fetched + ": the next "
                    + "cursor (" + shown(next) + ") was already followed, so the server would page forever",
                    fetched);
        }
        previous = items;
        cursor = next;
        action.accept(step.page());
        return true;
    }

    private static String shown(Map<String, String> cursor) {
        var sb = new StringBuilder();
        cursor.forEach((name, value) -> sb.append(sb.length() == 0 ? "" : ", ").append(name).append('=')
                .append(value.length() > MAX_SHOWN ? value.substring(0, MAX_SHOWN) + "..." : value));
        return sb.length() == 0 ? "first page" : sb.toString();
    }
}
