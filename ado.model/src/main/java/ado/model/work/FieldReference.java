package ado.model.work;

/**
 * A reference to a work item field.
 *
 * @param referenceName the reference name, such as {@code System.AreaPath}
 * @param url           the REST URL, or {@code null}
 */
public record FieldReference(String referenceName, String url) {
}
