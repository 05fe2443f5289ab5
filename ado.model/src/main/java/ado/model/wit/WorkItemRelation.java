package ado.model.wit;

import ado.core.json.JsonObject;
import java.util.Objects;

/**
 * A link from a work item to another work item, a hyperlink, an attachment or an artifact.
 *
 * @param rel        the link type's reference name, such as {@code System.LinkTypes.Hierarchy-Forward} or
 *                   {@code AttachedFile}
 * @param url        the target's URL
 * @param attributes the link attributes ({@code comment}, {@code isLocked}, {@code name}, ...); empty when absent
 */
public record WorkItemRelation(String rel, String url, JsonObject attributes) {

    /**
     * Checks that {@code rel} and {@code url} are present.
     *
     * @param rel        the link type's reference name, such as {@code System.LinkTypes.Hierarchy-Forward} or
     *                   {@code AttachedFile}
     * @param url        the target's URL
     * @param attributes the link attributes ({@code comment}, {@code isLocked}, {@code name}, ...); empty when absent
     * @throws NullPointerException if {@code rel} or {@code url} is null
     */
    public WorkItemRelation {
        Objects.requireNonNull(rel, "rel == null");
        Objects.requireNonNull(url, "url == null");
        attributes = attributes == null ? JsonObject.EMPTY : attributes;
    }
}
