package ado.model.git;

import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;
import ado.model.IdentityRef;
import ado.model.internal.Checks;

/**
 * A ref: a branch, a tag or another {@code refs/...} name and the object it points at.
 *
 * @param name           the full name, such as {@code refs/heads/main}
 * @param objectId       the object it points at (for an annotated tag, the tag object)
 * @param peeledObjectId the commit an annotated tag points at ({@code peelTags=true}), or {@code null}
 * @param creator        who created the ref, or {@code null}
 * @param isLocked       whether the ref is locked, or {@code null}
 * @param url            the REST URL, or {@code null}
 * @param other          members ado4j does not model; never {@code null}
 */
public record GitRef(String name, String objectId, String peeledObjectId, IdentityRef creator, Boolean isLocked,
                     String url, @JsonUnmapped JsonObject other) {

    /**
     * Checks the name and the object ids.
     *
     * @param name           the full name, such as {@code refs/heads/main}
     * @param objectId       the object it points at (for an annotated tag, the tag object)
     * @param peeledObjectId the commit an annotated tag points at ({@code peelTags=true}), or {@code null}
     * @param creator        who created the ref, or {@code null}
     * @param isLocked       whether the ref is locked, or {@code null}
     * @param url            the REST URL, or {@code null}
     * @param other          members ado4j does not model; never {@code null}
     * @throws NullPointerException     if {@code name} or {@code objectId} is null
     * @throws IllegalArgumentException if {@code name} is not a full ref name or {@code objectId} is not a SHA-1 or
     *                                  {@code peeledObjectId} is not a SHA-1
     */
    public GitRef {
        other = other == null ? JsonObject.EMPTY : other;
        Checks.refName(name, "name");
        Checks.sha(objectId, "objectId");
        Checks.shaOrNull(peeledObjectId, "peeledObjectId");
    }

    /** {@return the name without {@code refs/heads/} or {@code refs/tags/}} */
    public String shortName() {
        return RefNames.shortName(name);
    }
}
