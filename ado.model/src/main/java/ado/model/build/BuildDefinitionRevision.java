package ado.model.build;

import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;
import ado.model.IdentityRef;
import java.time.Instant;

/**
 * One revision of a build definition.
 *
 * @param revision      the revision number
 * @param name          the definition's name at that revision
 * @param changedBy     who made it
 * @param changedDate   when
 * @param changeType    add, update or delete
 * @param comment       the comment
 * @param definitionUrl the URL of the definition at that revision
 * @param other         members ado4j does not model; never {@code null}
 */
public record BuildDefinitionRevision(int revision, String name, IdentityRef changedBy, Instant changedDate,
                                      String changeType, String comment, String definitionUrl,
                                      @JsonUnmapped JsonObject other) {

    /**
     * Defaults {@code other} to empty.
     *
     * @param revision      the revision number
     * @param name          the definition's name at that revision
     * @param changedBy     who made it
     * @param changedDate   when
     * @param changeType    add, update or delete
     * @param comment       the comment
     * @param definitionUrl the URL of the definition at that revision
     * @param other         members ado4j does not model; never {@code null}
     */
    public BuildDefinitionRevision {
        other = other == null ? JsonObject.EMPTY : other;
    }
}
