package ado.model.build;

import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;
import ado.model.IdentityRef;
import java.time.Instant;

/**
 * A source change (a commit) that a build includes.
 *
 * @param id               the commit id
 * @param message          the message
 * @param messageTruncated whether the message was cut
 * @param type             the repository type, such as TfsGit
 * @param author           the author
 * @param timestamp        when it was committed
 * @param location         the REST URL of the commit
 * @param displayUri       the web URL
 * @param other            members ado4j does not model; never {@code null}
 */
public record Change(String id, String message, Boolean messageTruncated, String type, IdentityRef author,
                     Instant timestamp, String location, String displayUri, @JsonUnmapped JsonObject other) {

    /**
     * Defaults {@code other} to empty.
     *
     * @param id               the commit id
     * @param message          the message
     * @param messageTruncated whether the message was cut
     * @param type             the repository type, such as TfsGit
     * @param author           the author
     * @param timestamp        when it was committed
     * @param location         the REST URL of the commit
     * @param displayUri       the web URL
     * @param other            members ado4j does not model; never {@code null}
     */
    public Change {
        other = other == null ? JsonObject.EMPTY : other;
    }
}
