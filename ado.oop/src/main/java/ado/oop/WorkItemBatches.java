package ado.oop;

import ado.core.error.AdoException;
import ado.core.error.AdoTransportException;
import ado.model.wit.WorkItemBatchRequest;
import ado.model.wit.WorkItemErrorPolicy;
import ado.model.wit.WorkItemExpand;
import ado.model.wit.WorkItems;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Reads many work items of a project in batches of {@value WorkItemBatchRequest#MAX_IDS} ids
 * ({@code POST workitemsbatch}): eagerly with a bounded number of batches in flight, or lazily one batch at a time.
 */
final class WorkItemBatches {

    private final Project project;

    WorkItemBatches(Project project) {
        this.project = project;
    }

    /** {@return the batches of {@code ids}, 200 ids each (the last may be shorter)} */
    static List<List<Integer>> split(List<Integer> ids) {
        var batches = new ArrayList<List<Integer>>();
        for (int from = 0; from < ids.size(); from += WorkItemBatchRequest.MAX_IDS) {
            batches.add(ids.subList(from, Math.min(from + WorkItemBatchRequest.MAX_IDS, ids.size())));
        }
        return batches;
    }

    private List<WorkItem> fetch(List<Integer> batch, WorkItemErrorPolicy policy) {
        var out = new ArrayList<WorkItem>(batch.size());
        for (ado.model.wit.WorkItem info : WorkItems.batch(project.api(), WorkItemBatchRequest.builder(batch)
                .expand(WorkItemExpand.RELATIONS).errorPolicy(policy).build())) {
            if (info != null) {
                WorkItem w = project.workItem(info.id());
                w.offer(info);
                out.add(w);
            }
        }
        return out;
    }

    /**
     * {@return the work items {@code ids}, in that order, fetched with at most {@code parallelism} batches in
     * flight}; the first id that cannot be read fails the call with ADO's
     * {@link ado.core.error.AdoNotFoundException} (TF401232)
     */
    List<WorkItem> all(List<Integer> ids, int parallelism) {
        Objects.requireNonNull(ids, "ids == null");
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be positive: " + parallelism);
        }
        List<Integer> copy = List.copyOf(ids);
        List<List<Integer>> batches = split(copy);
        if (batches.size() <= 1 || parallelism == 1) {
            var out = new ArrayList<WorkItem>(copy.size());
            batches.forEach(b -> out.addAll(fetch(b, WorkItemErrorPolicy.FAIL)));
            return out;
        }
        var n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallelism, batches.size()), r -> {
            Thread t = new Thread(r, "ado-workitems-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            var futures = new ArrayList<Future<List<WorkItem>>>();
            for (List<Integer> b : batches) {
                futures.add(pool.submit(() -> fetch(b, WorkItemErrorPolicy.FAIL)));
            }
            var out = new ArrayList<WorkItem>(copy.size());
            for (Future<List<WorkItem>> f : futures) {
                out.addAll(f.get());
            }
            return out;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AdoException ado) {
                throw ado;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause()); // fetch throws no checked exception
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AdoTransportException("interrupted while reading " + ids.size() + " work items", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * {@return the work items {@code ids} names, fetched lazily 200 at a time as the stream reaches them}; ids that
     * no longer exist are skipped ({@code errorPolicy=Omit}), as a query result may name work items deleted since
     */
    Stream<WorkItem> lazily(java.util.function.Supplier<Iterator<Integer>> ids) {
        Objects.requireNonNull(ids, "ids == null");
        return IdBatches.fromIterator(ids, WorkItemBatchRequest.MAX_IDS,
                batch -> fetch(batch, WorkItemErrorPolicy.OMIT));
    }
}
