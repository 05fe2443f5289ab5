package ado.model.memberentitlement;

import ado.model.internal.Copies;
import java.util.List;

/**
 * One page of user entitlements.
 *
 * @param members           the entitlements; empty when absent
 * @param continuationToken the token of the next page, or {@code null} on the last page
 * @param totalCount        the number of users, or {@code null}
 */
public record UserEntitlementPage(List<UserEntitlement> members, String continuationToken, Integer totalCount) {

    /** Copies the members. */
    public UserEntitlementPage {
        members = Copies.list(members, "members");
    }
}
