package ado.model.wit;

import ado.model.internal.Checks;

/**
 * A reference to a work item type.
 *
 * @param name the type name
 * @param url  the REST URL, or {@code null}
 */
public record WorkItemTypeReference(String name, String url) {

    /**
     * Checks the name.
     *
     * @param name the type name
     * @param url  the REST URL, or {@code null}
     * @throws NullPointerException     if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public WorkItemTypeReference {
        Checks.nonBlank(name, "name");
    }
}
