package ado.oop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class IdBatchesTest {

    private static List<Integer> ids(int n) {
        return IntStream.rangeClosed(1, n).boxed().toList();
    }

    @Test
    void stream_notConsumed_runsNothing() {
        var queries = new AtomicInteger();

        IdBatches.stream(() -> {
            queries.incrementAndGet();
            return ids(10);
        }, 200, List::of);

        assertThat(queries).hasValue(0);
    }

    @Test
    void stream_of450Ids_fetchesBatchesOf200InOrder() {
        var batches = new ArrayList<List<Integer>>();

        List<Integer> all = IdBatches.stream(() -> ids(450), 200, b -> {
            batches.add(b);
            return b;
        }).toList();

        assertThat(all).isEqualTo(ids(450));
        assertThat(batches).extracting(List::size).containsExactly(200, 200, 50);
    }

    @Test
    void stream_partlyConsumed_fetchesOnlyTheBatchesReached() {
        var fetches = new AtomicInteger();

        List<Integer> first = IdBatches.stream(() -> ids(1000), 200, b -> {
            fetches.incrementAndGet();
            return b;
        }).limit(250).toList();

        assertThat(first).hasSize(250);
        assertThat(fetches).hasValue(2);
    }

    @Test
    void stream_emptyBatchResult_skipsToTheNextBatch() {
        List<Integer> odd = IdBatches.stream(() -> ids(5), 2, b -> b.stream().filter(i -> i % 2 == 1).toList())
                .toList();

        assertThat(odd).containsExactly(1, 3, 5);
    }

    @Test
    void stream_noIds_isEmptyWithoutFetching() {
        var fetches = new AtomicInteger();

        assertThat(IdBatches.stream(List::<Integer>of, 200, b -> {
            fetches.incrementAndGet();
            return b;
        })).isEmpty();
        assertThat(fetches).hasValue(0);
    }

    @Test
    void stream_nonPositiveSize_throwsNamingSize() {
        assertThatThrownBy(() -> IdBatches.stream(() -> ids(1), 0, List::of))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("size must be > 0: 0");
    }

    @Test
    void fromIterator_nullId_throwsNamingTheIdBeforeFetching() {
        var fetches = new AtomicInteger();
        var stream = IdBatches.fromIterator(() -> java.util.Arrays.asList(1, null, 3).iterator(), 200, b -> {
            fetches.incrementAndGet();
            return b;
        });

        assertThatThrownBy(stream::toList).isInstanceOf(NullPointerException.class).hasMessage("id == null");
        assertThat(fetches).hasValue(0);
    }

    @Test
    void fromIterator_idsInBatchesOfSize_fetchedInOrder() {
        var batches = new java.util.ArrayList<List<Integer>>();

        List<Integer> all = IdBatches.fromIterator(() -> ids(5).iterator(), 2, b -> {
            batches.add(b);
            return b;
        }).toList();

        assertThat(all).containsExactly(1, 2, 3, 4, 5);
        assertThat(batches).containsExactly(List.of(1, 2), List.of(3, 4), List.of(5));
    }
}
