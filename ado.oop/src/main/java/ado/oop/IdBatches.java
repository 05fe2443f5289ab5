package ado.oop;

import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A lazy stream over ids fetched in batches: the ids are asked for when the first element is pulled, and each
 * batch of at most {@code size} ids is fetched only when the stream reaches it. A WIQL query and the work item batch
 * read (at most 200 ids a call) plug in as {@code ids} and {@code fetch}.
 */
final class IdBatches {

    /** The most ids Azure DevOps reads in one work item batch call. */
    static final int WORK_ITEM_BATCH = 200;

    private IdBatches() {
    }

    /**
     * {@return the elements {@code fetch} returns for each batch of {@code ids}, in order, fetched lazily}
     *
     * @throws IllegalArgumentException if {@code size} is not positive
     */
    static <T> Stream<T> stream(Supplier<List<Integer>> ids, int size, Function<List<Integer>, List<T>> fetch) {
        Objects.requireNonNull(ids, "ids == null");
        Objects.requireNonNull(fetch, "fetch == null");
        if (size < 1) {
            throw new IllegalArgumentException("size must be > 0: " + size);
        }
        return StreamSupport.stream(new Spliterators.AbstractSpliterator<T>(Long.MAX_VALUE, Spliterator.ORDERED) {
            private List<Integer> all;
            private int next;
            private Iterator<T> batch = java.util.Collections.emptyIterator();

            @Override
            public boolean tryAdvance(Consumer<? super T> action) {
                while (!batch.hasNext()) {
                    if (all == null) {
                        all = List.copyOf(ids.get());
                    }
                    if (next >= all.size()) {
                        return false;
                    }
                    List<Integer> slice = all.subList(next, Math.min(next + size, all.size()));
                    next += slice.size();
                    batch = fetch.apply(slice).iterator();
                }
                action.accept(batch.next());
                return true;
            }
        }, false);
    }
}
