package ado.model.wit;

import ado.core.json.JsonName;
import ado.core.json.JsonObject;
import ado.model.ReferenceLink;
import ado.model.internal.Copies;
import java.util.List;
import java.util.Map;

/**
 * A work item as Azure DevOps returns it from get, batch, create and update. Field values keep the server's JSON
 * ({@code System.Title} is a string, {@code System.AssignedTo} an identity object or, in old API versions, a
 * {@code "Name <email>"} string), so {@link #fields()} is a {@link JsonObject} keyed by field reference name.
 *
 * @param id                the work item id, positive
 * @param rev               the revision, or {@code null} when not sent
 * @param fields            the field values by reference name; empty when absent
 * @param relations         the relations; empty when not expanded
 * @param links             the {@code _links} map; empty when absent
 * @param url               the REST URL, or {@code null}
 * @param commentVersionRef the comment version this revision added, or {@code null}
 */
public record WorkItem(
        int id,
        Integer rev,
        JsonObject fields,
        List<WorkItemRelation> relations,
        @JsonName("_links") Map<String, ReferenceLink> links,
        String url,
        WorkItemCommentVersionRef commentVersionRef) {

    /**
     * Checks {@code id} and copies the collections.
     *
     * @param id                the work item id, positive
     * @param rev               the revision, or {@code null} when not sent
     * @param fields            the field values by reference name; empty when absent
     * @param relations         the relations; empty when not expanded
     * @param links             the {@code _links} map; empty when absent
     * @param url               the REST URL, or {@code null}
     * @param commentVersionRef the comment version this revision added, or {@code null}
     * @throws NullPointerException     if {@code relations} or {@code links} contains null
     * @throws IllegalArgumentException if {@code id} is not positive
     */
    public WorkItem {
        Copies.positive(id, "id");
        fields = fields == null ? JsonObject.EMPTY : fields;
        relations = Copies.list(relations, "relations");
        links = Copies.map(links, "links");
    }
}
