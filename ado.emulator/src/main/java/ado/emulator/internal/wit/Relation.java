package ado.emulator.internal.wit;

import ado.core.json.JsonObject;
import java.util.Objects;

/**
 * A relation of a work item: a link to another work item ({@code target} > 0, {@code url} null) or to anything
 * else (hyperlink, artifact, attachment: {@code target} 0 and a {@code url}).
 */
public record Relation(String rel, int target, String url, JsonObject attributes) {

    /** Checks the fields. */
    public Relation {
        Objects.requireNonNull(rel, "rel == null");
        attributes = attributes == null ? JsonObject.EMPTY : attributes;
        if ((target > 0) == (url != null)) {
            throw new IllegalArgumentException("a relation has a target work item or a url: " + target + ", " + url);
        }
    }

    /** {@return whether this links to another work item} */
    public boolean isWorkItemLink() {
        return target > 0;
    }

    /** {@return whether {@code other} links the same thing by the same type (attributes aside)} */
    public boolean sameLink(Relation other) {
        return rel.equalsIgnoreCase(other.rel) && target == other.target && Objects.equals(url, other.url);
    }

    /** {@return this relation with other attributes} */
    public Relation withAttributes(JsonObject newAttributes) {
        return new Relation(rel, target, url, newAttributes);
    }
}
