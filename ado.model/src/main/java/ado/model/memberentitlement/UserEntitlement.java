package ado.model.memberentitlement;

import ado.core.json.JsonValue;
import ado.model.graph.GraphSubject;
import ado.model.internal.Copies;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A user's entitlements.
 *
 * @param id                  the user's id
 * @param user                the Graph user, or {@code null}
 * @param accessLevel         the licence, or {@code null}
 * @param lastAccessedDate    when the user last used the organisation, or {@code null}
 * @param dateCreated         when the user was added, or {@code null}
 * @param projectEntitlements the project memberships (raw); empty when absent
 * @param extensions          the extensions (raw); empty when absent
 * @param groupAssignments    the group rules (raw); empty when absent
 */
public record UserEntitlement(UUID id, GraphSubject user, AccessLevel accessLevel, Instant lastAccessedDate,
                              Instant dateCreated, List<JsonValue> projectEntitlements, List<JsonValue> extensions,
                              List<JsonValue> groupAssignments) {

    /**
     * Checks the id and copies the lists.
     *
     * @param id                  the user's id
     * @param user                the Graph user, or {@code null}
     * @param accessLevel         the licence, or {@code null}
     * @param lastAccessedDate    when the user last used the organisation, or {@code null}
     * @param dateCreated         when the user was added, or {@code null}
     * @param projectEntitlements the project memberships (raw); empty when absent
     * @param extensions          the extensions (raw); empty when absent
     * @param groupAssignments    the group rules (raw); empty when absent
     * @throws NullPointerException if {@code id} is null
     */
    public UserEntitlement {
        Objects.requireNonNull(id, "id == null");
        projectEntitlements = Copies.list(projectEntitlements, "projectEntitlements");
        extensions = Copies.list(extensions, "extensions");
        groupAssignments = Copies.list(groupAssignments, "groupAssignments");
    }
}
