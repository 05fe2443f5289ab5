package ado.oop;

import ado.model.wit.WorkItemPatch;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A work item to create in bulk ({@link Project#createWorkItems}): its type and its fields, as
 * {@link Project#createWorkItem(String, Map)} takes them. A create whose answer was lost (the connection dropped
 * after it was sent, a cut or garbled answer, a 5xx that a gateway may send after the service applied it) is
 * {@link WriteOutcome.Unknown} and never sent again: Azure DevOps has no idempotency key, so a second send could
 * make a second work item. Look for it (a query on a field you set) before creating it again.
 *
 * <pre>{@code
 * var draft = new WorkItemDraft("Bug", Map.of("System.Title", "Crash on save", "Microsoft.VSTS.Common.Priority", 1));
 * }</pre>
 *
 * <p><b>Thread safety.</b> Immutable and thread-safe (the fields are copied; keep the values themselves unchanged).
 *
 * @param type   the work item type, such as {@code Task} or {@code User Story}
 * @param fields the fields: keys {@link ado.model.wit.WorkItemFieldName} or reference-name strings, values as
 *               {@link WorkItemPatch} writes them; kept in the given order, unmodifiable
 */
public record WorkItemDraft(String type, Map<?, ?> fields) {

    /**
     * Checks and copies the draft.
     *
     * @param type   the work item type
     * @param fields the fields
     * @throws NullPointerException     if {@code type} or {@code fields} is null
     * @throws IllegalArgumentException if {@code type} is blank, {@code fields} is empty, or a key is not a field
     *                                  name or a value has no wire form (naming it)
     */
    public WorkItemDraft {
        Objects.requireNonNull(type, "type == null");
        if (type.isBlank()) {
            throw new IllegalArgumentException("type must not be blank: '" + type + "'");
        }
        fields = checkedFields(fields);
    }

    /** {@return an unmodifiable copy of {@code fields} in its order, after checking they make a patch} */
    static Map<?, ?> checkedFields(Map<?, ?> fields) {
        Objects.requireNonNull(fields, "fields == null");
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("fields must not be empty");
        }
        WorkItemPatch.of(fields); // a key that is no field name or a value without a wire form: refused now
        return Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
}
