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
import java.util.function.Supplier;
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
 *
 * <p>{@link #items} streams the items themselves: a list whose first answer has no next page (the common case of a
 * small list) costs that one request and a walk over its list, without a stream per page, a {@code flatMap} or the
 * set of followed cursors (made only when a second page is fetched).
 */
public final class PageSpliterator<T> extends Spliterators.AbstractSpliterator<Page<T>> {

    private static final int MAX_SHOWN = 64;

    private final Pager<T> pager;
    private final PageFetcher fetcher;
    private final Supplier<String> what;
    private Set<Map<String, String>> followed;
    private Map<String, String> cursor = Map.of();
    private List<T> previous;
    private int fetched;

    private PageSpliterator(Pager<T> pager, PageFetcher fetcher, Supplier<String> what) {
        super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
        this.pager = pager;
        this.fetcher = fetcher;
        this.what = what;
    }

    /** {@return a lazy, sequential stream of the pages {@code pager} finds through {@code fetcher}} */
    public static <T> Stream<Page<T>> pages(Pager<T> pager, PageFetcher fetcher) {
        return pages(pager, fetcher, () -> "the listing");
    }

    /**
     * {@return a lazy, sequential stream of the pages {@code pager} finds through {@code fetcher}}; {@code what}
     * names the request in errors (method and redacted URL)
     */
    public static <T> Stream<Page<T>> pages(Pager<T> pager, PageFetcher fetcher, Supplier<String> what) {
        return StreamSupport.stream(new PageSpliterator<>(pager, fetcher, what), false);
    }

    /**
     * {@return a lazy, sequential stream of the items of the pages {@code pager} finds through {@code fetcher}}:
     * the first page is fetched when the stream is first advanced, each further one when the stream reaches it
     */
    public static <T> Stream<T> items(Pager<T> pager, PageFetcher fetcher, Supplier<String> what) {
        return StreamSupport.stream(new Items<>(new PageSpliterator<>(pager, fetcher, what)), false);
    }

    /** {@return whether a page may follow the ones delivered so far} */
    private boolean more() {
        return cursor != null;
    }

    @Override
    public boolean tryAdvance(Consumer<? super Page<T>> action) {
        if (cursor == null) {
            return false;
        }
        Map<String, String> current = cursor;
        cursor = null; // a failure below ends the chain
        if (fetched > 0) { // the first cursor cannot repeat: a one-page list never needs the set
            if (followed == null) {
                followed = new HashSet<>();
                followed.add(Map.of());
            }
            followed.add(current);
        }
        Pager.Step<T> step = pager.fetch(fetcher, current);
        fetched++;
        List<T> items = step.page().items();
        if (pager.repeatedPageIsLoop() && previous != null && !items.isEmpty() && items.equals(previous)) {
            throw new AdoPagingCycleException("Paging " + what.get() + " stopped: page " + fetched + " ("
                    + shown(current)
                    + ") repeats page " + (fetched - 1) + " item for item; the server ignores the offset and would "
                    + "page forever", fetched);
        }
        Map<String, String> next = step.next();
        if (next != null && (next.isEmpty() || next.equals(current)
                || followed != null && followed.contains(next))) {
            throw new AdoPagingCycleException("Paging " + what.get() + " stopped after page " + fetched + ": the next "
                    + "cursor (" + shown(next) + ") was already followed, so the server would page forever",
                    fetched);
        }
        previous = items;
        cursor = next;
        action.accept(step.page());
        return true;
    }

    /** The items of a chain of pages, page after page; exact in size once the last page is in. */
    private static final class Items<T> implements Spliterator<T> {

        private final PageSpliterator<T> pages;
        private List<T> page = List.of();
        private int index;

        Items(PageSpliterator<T> pages) {
            this.pages = pages;
        }

        /** {@return whether an item is ready at {@code index}}, fetching pages until one has items or none is left */
        private boolean ready() {
            while (index >= page.size()) {
                if (!pages.more() || !pages.tryAdvance(p -> page = p.items())) {
                    return false;
                }
                index = 0;
            }
            return true;
        }

        @Override
        public boolean tryAdvance(Consumer<? super T> action) {
            if (!ready()) {
                return false;
            }
            action.accept(page.get(index++));
            return true;
        }

        @Override
        public void forEachRemaining(Consumer<? super T> action) {
            while (ready()) {
                List<T> current = page;
                int from = index;
                index = current.size();
                for (int i = from; i < current.size(); i++) {
                    action.accept(current.get(i));
                }
            }
        }

        @Override
        public Spliterator<T> trySplit() {
            return null;
        }

        @Override
        public long estimateSize() {
            return pages.more() ? Long.MAX_VALUE : page.size() - index;
        }

        @Override
        public int characteristics() {
            return ORDERED | NONNULL;
        }
    }

    private static String shown(Map<String, String> cursor) {
        var sb = new StringBuilder();
        cursor.forEach((name, value) -> sb.append(sb.length() == 0 ? "" : ", ").append(name).append('=')
                .append(value.length() > MAX_SHOWN ? value.substring(0, MAX_SHOWN) + "..." : value));
        return sb.length() == 0 ? "first page" : sb.toString();
    }
}
