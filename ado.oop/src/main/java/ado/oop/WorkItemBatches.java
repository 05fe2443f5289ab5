package ado.oop;

import ado.core.AdoResponse;
import ado.core.Envelope;
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
 * ({@code POST workitemsbatch}): eagerly with a number of batches in flight that adapts to Azure DevOps' throttling
 * ({@link AdaptiveLimit}, at most the parallelism asked for), or lazily one batch at a time.
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

    private static WorkItemBatchRequest request(List<Integer> batch, WorkItemErrorPolicy policy) {
        return WorkItemBatchRequest.builder(batch).expand(WorkItemExpand.RELATIONS).errorPolicy(policy).build();
    }

    private List<WorkItem> fetch(List<Integer> batch, WorkItemErrorPolicy policy) {
        return objects(WorkItems.batch(project.api(), request(batch, policy)), batch.size());
    }

    /**
     * {@return the work items of one batch, sent when {@code limit} lets it}; the answer's rate-limit headers adapt
     * the limit ({@link WorkItems#batchResponse} keeps them)
     */
    private List<WorkItem> fetch(List<Integer> batch, AdaptiveLimit limit) throws InterruptedException {
        long ticket = limit.acquire();
        ado.core.RateLimit seen = null;
        try {
            AdoResponse<Envelope<ado.model.wit.WorkItem>> answer =
                    WorkItems.batchResponse(project.api(), request(batch, WorkItemErrorPolicy.FAIL));
            seen = answer.rateLimit();
            return objects(answer.body() == null ? List.of() : answer.body().value(), batch.size());
        } finally {
            limit.release(ticket, seen);
        }
    }

    private List<WorkItem> objects(List<ado.model.wit.WorkItem> read, int expected) {
        var out = new ArrayList<WorkItem>(expected);
        for (ado.model.wit.WorkItem info : read) {
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
     * flight, fewer while Azure DevOps throttles ({@link AdaptiveLimit})}; the first id that cannot be read fails
     * the call with ADO's {@link ado.core.error.AdoNotFoundException} (TF401232)
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
        var limit = new AdaptiveLimit(parallelism);
        var n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallelism, batches.size()), r -> {
            Thread t = new Thread(r, "ado-workitems-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            var futures = new ArrayList<Future<List<WorkItem>>>();
            for (List<Integer> b : batches) {
                futures.add(pool.submit(() -> fetch(b, limit)));
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
