package ado.model.git;

/**
 * A reference to another resource, such as a work item linked to a pull request.
 *
 * @param id  the resource id as the server writes it
 * @param url the REST URL, or {@code null}
 */
public record ResourceRef(String id, String url) {
}
