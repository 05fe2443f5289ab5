package ado.model.wit;

import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;
import ado.model.internal.Checks;

/**
 * A work item field of the organisation or project ({@code _apis/wit/fields}).
 *
 * @param name          the display name
 * @param referenceName the reference name, such as {@code System.Title}
 * @param description   the description, or {@code null}
 * @param type          the type, or {@code null}
 * @param usage         {@code workItem}, {@code workItemLink}, {@code tree} or {@code none}, or {@code null}
 * @param readOnly      whether clients may not set it, or {@code null}
 * @param canSortBy     whether queries may sort by it, or {@code null}
 * @param isQueryable   whether queries may use it, or {@code null}
 * @param isIdentity    whether it holds identities, or {@code null}
 * @param isPicklist    whether it has a picklist, or {@code null}
 * @param url           the REST URL, or {@code null}
 * @param other         members ado4j does not model; never {@code null}
 */
public record WorkItemField(String name, String referenceName, String description, FieldType type, String usage,
                            Boolean readOnly, Boolean canSortBy, Boolean isQueryable, Boolean isIdentity,
                            Boolean isPicklist, String url, @JsonUnmapped JsonObject other) {

    /**
     * Checks the names.
     *
     * @param name          the display name
     * @param referenceName the reference name, such as {@code System.Title}
     * @param description   the description, or {@code null}
     * @param type          the type, or {@code null}
     * @param usage         {@code workItem}, {@code workItemLink}, {@code tree} or {@code none}, or {@code null}
     * @param readOnly      whether clients may not set it, or {@code null}
     * @param canSortBy     whether queries may sort by it, or {@code null}
     * @param isQueryable   whether queries may use it, or {@code null}
     * @param isIdentity    whether it holds identities, or {@code null}
     * @param isPicklist    whether it has a picklist, or {@code null}
     * @param url           the REST URL, or {@code null}
     * @param other         members ado4j does not model; never {@code null}
     * @throws NullPointerException     if {@code name} or {@code referenceName} is null
     * @throws IllegalArgumentException if {@code name} is blank or {@code referenceName} is blank
     */
    public WorkItemField {
        other = other == null ? JsonObject.EMPTY : other;
        Checks.nonBlank(name, "name");
        Checks.nonBlank(referenceName, "referenceName");
    }
}
