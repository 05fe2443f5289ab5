package ado.model.graph;

import ado.core.ApiCall;
import ado.core.error.AdoHttpException;
import java.util.List;
import java.util.Objects;

/** Graph memberships ({@code _apis/graph/memberships}) on the identity host: call with {@code client.vssps()}. */
public final class GraphMemberships {

    private GraphMemberships() {
    }

    /**
     * {@return the memberships of {@code descriptor}: the groups it is in ({@link MembershipDirection#UP}) or, for
     * a group, its members ({@link MembershipDirection#DOWN})}
     */
    public static List<GraphMembership> list(ApiCall vssps, String descriptor, MembershipDirection direction) {
        Objects.requireNonNull(direction, "direction == null");
        if (direction == MembershipDirection.UNKNOWN) {
            throw new IllegalArgumentException("direction must be UP or DOWN: " + direction);
        }
        return Graph.area(vssps, "memberships").path(Graph.descriptor(descriptor, "descriptor"))
                .query("direction", direction == MembershipDirection.UP ? "Up" : "Down")
                .get(Graph.API_VERSION).asList(GraphMembership.class);
    }

    /** {@return whether {@code memberDescriptor} is a direct member of group {@code groupDescriptor} (a HEAD)} */
    public static boolean exists(ApiCall vssps, String memberDescriptor, String groupDescriptor) {
        try {
            pair(vssps, memberDescriptor, groupDescriptor).head(Graph.API_VERSION).send();
            return true;
        } catch (AdoHttpException e) {
            if (e.status() == 404) {
                return false;
            }
            throw e;
        }
    }

    /** {@return the membership after adding {@code memberDescriptor} to group {@code groupDescriptor}} */
    public static GraphMembership add(ApiCall vssps, String memberDescriptor, String groupDescriptor) {
        return pair(vssps, memberDescriptor, groupDescriptor).put(Graph.API_VERSION).as(GraphMembership.class);
    }

    /** Removes {@code memberDescriptor} from group {@code groupDescriptor}. */
    public static void remove(ApiCall vssps, String memberDescriptor, String groupDescriptor) {
        pair(vssps, memberDescriptor, groupDescriptor).delete(Graph.API_VERSION).send();
    }

    private static ApiCall pair(ApiCall vssps, String member, String group) {
        return Graph.area(vssps, "memberships").path(Graph.descriptor(member, "memberDescriptor"),
                Graph.descriptor(group, "groupDescriptor"));
    }
}
