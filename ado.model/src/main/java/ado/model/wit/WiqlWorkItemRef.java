package ado.model.wit;

import ado.model.internal.Copies;

/**
 * A work item a query returned ({@code WorkItemReference}).
 *
 * @param id  the work item id, positive
 * @param url the work item's REST URL, or {@code null}
 */
public record WiqlWorkItemRef(int id, String url) {

    /**
     * Checks {@code id}.
     *
     * @param id  the work item id, positive
     * @param url the work item's REST URL, or {@code null}
     * @throws IllegalArgumentException if {@code id} is not positive
     */
    public WiqlWorkItemRef {
        Copies.positive(id, "id");
    }
}
