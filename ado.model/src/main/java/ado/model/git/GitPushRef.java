package ado.model.git;

import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;
import ado.model.IdentityRef;
import java.time.Instant;

/**
 * A reference to a push, as iterations and commits carry it.
 *
 * @param pushId   the push id
 * @param date     when it was pushed, or {@code null}
 * @param pushedBy who pushed, or {@code null}
 * @param url      the push's REST URL, or {@code null}
 * @param other    members ado4j does not model; never {@code null}
 */
public record GitPushRef(int pushId, Instant date, IdentityRef pushedBy, String url, @JsonUnmapped JsonObject other) {
    /**
     * Defaults {@code other} to empty.
     *
     * @param pushId   the push id
     * @param date     when it was pushed, or {@code null}
     * @param pushedBy who pushed, or {@code null}
     * @param url      the push's REST URL, or {@code null}
     * @param other    members ado4j does not model; never {@code null}
     */
    public GitPushRef {
        other = other == null ? JsonObject.EMPTY : other;
    }
}
