package ado.model.profile;

import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A user profile.
 *
 * @param id           the profile id (the user's identity id)
 * @param displayName  the display name, or {@code null}
 * @param publicAlias  the public alias, or {@code null}
 * @param emailAddress the e-mail address, or {@code null}
 * @param coreRevision the core revision, or {@code null}
 * @param timeStamp    when the profile last changed, or {@code null}
 * @param revision     the revision, or {@code null}
 * @param other        members ado4j does not model; never {@code null}
 */
public record Profile(UUID id, String displayName, String publicAlias, String emailAddress, Integer coreRevision,
                      Instant timeStamp, Integer revision, @JsonUnmapped JsonObject other) {

    /**
     * Checks that {@code id} is present.
     *
     * @param id           the profile id (the user's identity id)
     * @param displayName  the display name, or {@code null}
     * @param publicAlias  the public alias, or {@code null}
     * @param emailAddress the e-mail address, or {@code null}
     * @param coreRevision the core revision, or {@code null}
     * @param timeStamp    when the profile last changed, or {@code null}
     * @param revision     the revision, or {@code null}
     * @param other        members ado4j does not model; never {@code null}
     * @throws NullPointerException if {@code id} is null
     */
    public Profile {
        other = other == null ? JsonObject.EMPTY : other;
        Objects.requireNonNull(id, "id == null");
    }
}
