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
 * batch of at most {@code size} ids is fetched only when the stream reaches it. A WIQL query (or any id stream) and
 * the work item batch read (at most 200 ids a call) plug in as {@code ids} and {@code fetch}.
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
        return fromIterator(() -> ids.get().iterator(), size, fetch);
    }

    /**
     * {@return the elements {@code fetch} returns for each batch of the ids {@code ids} supplies (asked for on the
     * first pull), in order, fetched lazily}
     *
     * @throws IllegalArgumentException if {@code size} is not positive
     */
    static <T> Stream<T> fromIterator(Supplier<Iterator<Integer>> ids, int size,
                                      Function<List<Integer>, List<T>> fetch) {
        Objects.requireNonNull(ids, "ids == null");
        Objects.requireNonNull(fetch, "fetch == null");
        if (size < 1) {
            throw new IllegalArgumentException("size must be > 0: " + size);
        }
        return StreamSupport.stream(new Spliterators.AbstractSpliterator<T>(Long.MAX_VALUE, Spliterator.ORDERED) {
            private Iterator<Integer> all;
            private Iterator<T> batch = java.util.Collections.emptyIterator();

            @Override
            public boolean tryAdvance(Consumer<? super T> action) {
                while (!batch.hasNext()) {
                    if (all == null) {
                        all = Objects.requireNonNull(ids.get(), "ids.get() == null");
                    }
                    if (!all.hasNext()) {
                        return false;
                    }
                    var slice = new java.util.ArrayList<Integer>(Math.min(size, 256));
                    while (all.hasNext() && slice.size() < size) {
                        slice.add(Objects.requireNonNull(all.next(), "id == null"));
                    }
                    batch = fetch.apply(List.copyOf(slice)).iterator();
                }
                action.accept(batch.next());
                return true;
            }
        }, false);
    }
}
