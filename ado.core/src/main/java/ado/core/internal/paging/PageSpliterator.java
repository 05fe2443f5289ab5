package ado.core.internal.paging;

import ado.core.Page;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Walks one chain of pages, fetching each only when the stream reaches it. Every call of {@link #pages} starts
 * a chain of its own, so streams never share state.
 */
public final class PageSpliterator<T> extends Spliterators.AbstractSpliterator<Page<T>> {

    private final Pager<T> pager;
    private final PageFetcher fetcher;
    private Map<String, String> cursor = Map.of();

    private PageSpliterator(Pager<T> pager, PageFetcher fetcher) {
        super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
        this.pager = pager;
        this.fetcher = fetcher;
    }

    /** {@return a lazy, sequential stream of the pages {@code pager} finds through {@code fetcher}} */
    public static <T> Stream<Page<T>> pages(Pager<T> pager, PageFetcher fetcher) {
        return StreamSupport.stream(new PageSpliterator<>(pager, fetcher), false);
    }

    @Override
    public boolean tryAdvance(Consumer<? super Page<T>> action) {
        if (cursor == null) {
            return false;
        }
        Pager.Step<T> step = pager.fetch(fetcher, cursor);
        cursor = step.next();
        action.accept(step.page());
        return true;
    }
}
