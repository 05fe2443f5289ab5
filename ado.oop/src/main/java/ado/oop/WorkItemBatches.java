package ado.oop;

import ado.core.AdoResponse;
import ado.core.Envelope;
import ado.core.error.AdoTransportException;
import ado.model.wit.WorkItemBatchRequest;
import ado.model.wit.WorkItemErrorPolicy;
import ado.model.wit.WorkItemExpand;
import ado.model.wit.WorkItems;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Reads many work items of a project in batches of {@value WorkItemBatchRequest#MAX_IDS} ids
 * ({@code POST workitemsbatch}): eagerly with a number of batches in flight that adapts to Azure DevOps' throttling
 * ({@link AdaptiveLimit}, at most the parallelism asked for; run by {@link BulkRunner}), or lazily one batch at a
 * time.
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
        AdoResponse<Envelope<ado.model.wit.WorkItem>> answer =
                limit.send(() -> WorkItems.batchResponse(project.api(), request(batch, WorkItemErrorPolicy.FAIL)));
        return objects(answer.body() == null ? List.of() : answer.body().value(), batch.size());
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
        List<Integer> copy = List.copyOf(ids);
        BulkRunner.Results<List<WorkItem>> read =
                BulkRunner.run(split(copy), parallelism, "ado-workitems", this::fetch);
        if (read.interrupted()) {
            throw new AdoTransportException("interrupted while reading " + ids.size() + " work items", null);
        }
        var out = new ArrayList<WorkItem>(copy.size());
        read.values().forEach(out::addAll);
        return out;
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
