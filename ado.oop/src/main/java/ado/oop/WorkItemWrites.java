package ado.oop;

import ado.core.AdoResponse;
import ado.core.error.AdoException;
import ado.core.error.AdoHttpException;
import ado.core.error.AdoJsonException;
import ado.core.error.AdoOutcomeUnknownException;
import ado.core.error.AdoPreconditionFailedException;
import ado.core.error.AdoServerException;
import ado.core.error.AdoTransportException;
import ado.core.json.JsonNull;
import ado.core.json.JsonValue;
import ado.model.JsonPatchOperation;
import ado.model.wit.WorkItemFieldName;
import ado.model.wit.WorkItemPatch;
import ado.model.wit.WorkItemUpdateOptions;
import ado.model.wit.WorkItems;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Bulk work item writes, the logic behind {@link Project#createWorkItems} and {@link Project#updateWorkItems}:
 * single requests ({@code POST $Type}, {@code PATCH}: Azure DevOps has no batch write) run by {@link BulkRunner}, so
 * the number in flight follows throttling as the bulk read's does. Every input gets a {@link WriteOutcome}.
 *
 * <p>A lost answer (the connection dropped after sending, a garbled 2xx, a 5xx a gateway may send after the service
 * applied the write) leaves a create {@link WriteOutcome.Unknown}: Azure DevOps has no idempotency key, so it is
 * never resent. An update is resolved by reading the work item back: at the revision it tested, the update did not
 * land and is sent again (its {@code test /rev} keeps that safe; a 412 to it is read back too), at most
 * {@value #RESENDS} times; one revision on with the fields holding what was sent, it landed; anything else is
 * unknown. Stateless.
 */
final class WorkItemWrites {

    /** How often an update whose answer was lost is sent again after reading back that it did not land. */
    static final int RESENDS = 2;

    private WorkItemWrites() {
    }

    /** See {@link Project#createWorkItems}. */
    static List<WriteOutcome<WorkItem>> create(Project project, List<WorkItemDraft> drafts, int parallelism) {
        List<WorkItemDraft> checked = checked(drafts, "drafts", parallelism);
        return outcomes(BulkRunner.run(checked, parallelism, "ado-workitem-writes",
                (draft, limit) -> create(project, draft, limit)), "created");
    }

    /** See {@link Project#updateWorkItems}. */
    static List<WriteOutcome<WorkItem>> update(List<WorkItemChange> changes, int parallelism) {
        List<WorkItemChange> checked = checked(changes, "changes", parallelism);
        var seen = new HashMap<WorkItem, Integer>();
        for (int i = 0; i < checked.size(); i++) {
            Integer first = seen.putIfAbsent(checked.get(i).workItem(), i);
            if (first != null) {
                throw new IllegalArgumentException("changes[" + i + "] changes work item "
                        + checked.get(i).workItem().id() + " again (changes[" + first + "]); one change per work item");
            }
        }
        return outcomes(BulkRunner.run(checked, parallelism, "ado-workitem-writes", WorkItemWrites::update),
                "updated");
    }

    private static <T> List<T> checked(List<T> inputs, String name, int parallelism) {
        Objects.requireNonNull(inputs, name + " == null");
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be positive: " + parallelism);
        }
        var copy = new ArrayList<T>(inputs.size());
        for (T input : inputs) {
            if (input == null) {
                throw new NullPointerException(name + "[" + copy.size() + "] == null");
            }
            copy.add(input);
        }
        return copy;
    }

    /** Fills in {@link WriteOutcome.NotSent} for every input the run did not get to. */
    private static List<WriteOutcome<WorkItem>> outcomes(BulkRunner.Results<WriteOutcome<WorkItem>> run,
                                                         String verb) {
        var out = new ArrayList<WriteOutcome<WorkItem>>(run.values().size());
        for (WriteOutcome<WorkItem> o : run.values()) {
            out.add(o != null ? o : new WriteOutcome.NotSent<>(new AdoTransportException(
                    "not " + verb + ": the bulk call was interrupted before this work item was sent", null)));
        }
        return List.copyOf(out);
    }

    private static WriteOutcome<WorkItem> create(Project project, WorkItemDraft draft, AdaptiveLimit limit)
            throws InterruptedException {
        List<JsonPatchOperation> patch = WorkItemPatch.of(draft.fields());
        try {
            AdoResponse<ado.model.wit.WorkItem> answer = limit.send(() ->
                    WorkItems.createResponse(project.api(), draft.type(), patch, WorkItemUpdateOptions.NONE));
            if (answer.body() == null) {
                throw ClientFailures.unexpectedAnswer("the work item it created");
            }
            return new WriteOutcome.Written<>(ProjectWorkItems.offered(project, answer.body()));
        } catch (AdoException e) {
            return lost(e) ? new WriteOutcome.Unknown<>(e) : answered(e);
        }
    }

    private static WriteOutcome<WorkItem> update(WorkItemChange change, AdaptiveLimit limit)
            throws InterruptedException {
        WorkItem w = change.workItem();
        int rev;
        try {
            rev = w.rev(); // the revision the caller's object holds (loaded now if it never was)
        } catch (AdoException e) {
            return new WriteOutcome.NotSent<>(e);
        }
        List<JsonPatchOperation> patch = WorkItem.fieldsPatch(rev, change.fields()).build();
        AdoException lost;
        try {
            return send(w, patch, limit);
        } catch (AdoException e) {
            if (!lost(e)) {
                return answered(e);
            }
            lost = e;
        }
        for (int resend = 1; ; resend++) {
            int now;
            try {
                now = reread(w, limit);
            } catch (AdoException | InterruptedException e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                lost.addSuppressed(e);
                return new WriteOutcome.Unknown<>(lost);
            }
            if (now == rev + 1 && holds(w.info(), change.fields())) {
                return new WriteOutcome.Written<>(w);
            }
            if (now != rev || resend > RESENDS) {
                return new WriteOutcome.Unknown<>(lost);
            }
            try {
                return send(w, patch, limit); // not applied: the test of rev keeps a second send safe
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new WriteOutcome.Unknown<>(lost);
            } catch (AdoException e) {
                if (!lost(e) && !(e instanceof AdoPreconditionFailedException)) {
                    return answered(e);
                }
                // a 412 now: the first send may have landed after all (late), or someone else wrote; read again
                e.addSuppressed(lost);
                lost = e;
            }
        }
    }

    private static WriteOutcome<WorkItem> send(WorkItem w, List<JsonPatchOperation> patch, AdaptiveLimit limit)
            throws InterruptedException {
        AdoResponse<ado.model.wit.WorkItem> answer = limit.send(() ->
                WorkItems.updateResponse(w.project().api(), w.id(), patch, WorkItemUpdateOptions.NONE));
        if (answer.body() == null) {
            throw ClientFailures.unexpectedAnswer("the work item it updated");
        }
        w.offer(answer.body());
        return new WriteOutcome.Written<>(w);
    }

    /** {@return the revision of {@code w} read again (through {@code limit}); {@code w} then holds what was read} */
    private static int reread(WorkItem w, AdaptiveLimit limit) throws InterruptedException {
        long ticket = limit.acquire();
        try {
            return w.refresh().rev();
        } finally {
            limit.release(ticket, null);
        }
    }

    /** {@return whether every field of {@code fields} holds in {@code read} what the patch wrote} */
    private static boolean holds(ado.model.wit.WorkItem read, Map<?, ?> fields) {
        for (Map.Entry<?, ?> e : fields.entrySet()) {
            WorkItemFieldName field = WorkItemPatch.fieldName(e.getKey());
            JsonValue actual = read.fields().members().entrySet().stream()
                    .filter(m -> m.getKey().equalsIgnoreCase(field.referenceName())).map(Map.Entry::getValue)
                    .findFirst().orElse(JsonNull.INSTANCE);
            JsonValue sent = e.getValue() == null ? JsonNull.INSTANCE : WorkItemPatch.wireValue(field, e.getValue());
            if (!sent.equals(actual)) {
                return false;
            }
        }
        return true;
    }

    /** {@return whether a write that failed with {@code e} may have been applied} */
    private static boolean lost(AdoException e) {
        return e instanceof AdoOutcomeUnknownException || e instanceof AdoJsonException
                || e instanceof AdoServerException;
    }

    /** {@return the outcome of a write that certainly changed nothing: refused by the server, or never sent} */
    private static WriteOutcome<WorkItem> answered(AdoException e) {
        return e instanceof AdoHttpException h && h.status() != 0
                ? new WriteOutcome.Refused<>(e) : new WriteOutcome.NotSent<>(e);
    }
}
