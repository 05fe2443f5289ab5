package ado.oop;

import java.util.Map;
import java.util.Objects;

/**
 * A change to make in bulk ({@link Project#updateWorkItems}): the fields to set on a work item. It is sent, as
 * {@link WorkItem#update(Map)} sends it, with a {@code test} of the revision the work item object holds when the
 * bulk call sends it, so a change made by someone else since is refused instead of overwritten.
 *
 * <p>An update whose answer was lost (the connection dropped after it was sent, a cut or garbled answer, a 5xx
 * that a gateway may send after the service applied it) is resolved by reading the work item back: still at the
 * revision it tested, the update did not land and is sent again (the test keeps that safe; at most twice, and a
 * 412 to it is read back too, as the first may have landed late); one
 * revision on with every field holding what was sent, it landed and is {@link WriteOutcome.Written} with what was
 * read; anything else (someone else wrote too, or the server rewrote a value, such as an identity) is
 * {@link WriteOutcome.Unknown}. So an update is never applied twice and never reported lost when it landed.
 *
 * <pre>{@code
 * var bug = project.workItem(42);
 * var change = new WorkItemChange(bug, Map.of("System.State", "Resolved"));
 * }</pre>
 *
 * <p><b>Thread safety.</b> Immutable and thread-safe (the fields are copied; the work item is thread-safe).
 *
 * @param workItem the work item to change
 * @param fields   the fields: keys {@link ado.model.wit.WorkItemFieldName} or reference-name strings, values as
 *                 {@link ado.model.wit.WorkItemPatch} writes them ({@code null} clears a field); kept in the given
 *                 order, unmodifiable
 */
public record WorkItemChange(WorkItem workItem, Map<?, ?> fields) {

    /**
     * Checks and copies the change.
     *
     * @param workItem the work item
     * @param fields   the fields to set
     * @throws NullPointerException     if {@code workItem} or {@code fields} is null
     * @throws IllegalArgumentException if {@code fields} is empty, or a key is not a field name or a value has no
     *                                  wire form (naming it)
     */
    public WorkItemChange {
        Objects.requireNonNull(workItem, "workItem == null");
        fields = WorkItemDraft.checkedFields(fields);
    }
}
