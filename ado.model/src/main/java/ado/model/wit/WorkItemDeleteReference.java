package ado.model.wit;

import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;

/**
 * A work item in the recycle bin, as delete, restore and the recycle bin list describe it.
 *
 * @param id          the work item id
 * @param code        the HTTP status of the operation, or {@code null}
 * @param deletedBy   who deleted it, or {@code null}
 * @param deletedDate when, as sent, or {@code null}
 * @param name        the title, or {@code null}
 * @param project     the project name, or {@code null}
 * @param type        the work item type, or {@code null}
 * @param url         the REST URL, or {@code null}
 * @param other       members ado4j does not model; never {@code null}
 */
public record WorkItemDeleteReference(int id, Integer code, String deletedBy, String deletedDate, String name,
                                      String project, String type, String url, @JsonUnmapped JsonObject other) {
    /**
     * Defaults {@code other} to empty.
     *
     * @param id          the work item id
     * @param code        the HTTP status of the operation, or {@code null}
     * @param deletedBy   who deleted it, or {@code null}
     * @param deletedDate when, as sent, or {@code null}
     * @param name        the title, or {@code null}
     * @param project     the project name, or {@code null}
     * @param type        the work item type, or {@code null}
     * @param url         the REST URL, or {@code null}
     * @param other       members ado4j does not model; never {@code null}
     */
    public WorkItemDeleteReference {
        other = other == null ? JsonObject.EMPTY : other;
    }
}
