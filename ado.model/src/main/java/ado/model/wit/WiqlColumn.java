package ado.model.wit;

import ado.model.internal.Checks;

/**
 * A field of a query's column list ({@code WorkItemFieldReference}).
 *
 * @param referenceName the field's reference name, such as {@code System.Title}
 * @param name          the display name, or {@code null}
 * @param url           the field's REST URL, or {@code null}
 */
public record WiqlColumn(String referenceName, String name, String url) {

    /**
     * Checks that {@code referenceName} is present.
     *
     * @param referenceName the field's reference name, such as {@code System.Title}
     * @param name          the display name, or {@code null}
     * @param url           the field's REST URL, or {@code null}
     * @throws NullPointerException     if {@code referenceName} is null
     * @throws IllegalArgumentException if {@code referenceName} is blank
     */
    public WiqlColumn {
        Checks.nonBlank(referenceName, "referenceName");
    }
}
