package ado.model.memberentitlement;

import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;
import ado.model.internal.Copies;
import java.util.List;

/**
 * One page of user entitlements.
 *
 * @param members           the entitlements; empty when absent
 * @param continuationToken the token of the next page, or {@code null} on the last page
 * @param totalCount        the number of users, or {@code null}
 * @param other             members ado4j does not model; never {@code null}
 */
public record UserEntitlementPage(List<UserEntitlement> members, String continuationToken, Integer totalCount,
                                  @JsonUnmapped JsonObject other) {

    /**
     * Copies the members.
     *
     * @param members           the entitlements; empty when absent
     * @param continuationToken the token of the next page, or {@code null} on the last page
     * @param totalCount        the number of users, or {@code null}
     * @param other             members ado4j does not model; never {@code null}
     */
    public UserEntitlementPage {
        other = other == null ? JsonObject.EMPTY : other;
        members = Copies.list(members, "members");
    }
}
