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
     *
     * @param vssps      the identity host scope ({@code client.vssps()})
     * @param descriptor the subject descriptor of a user or group
     * @param direction  {@code UP} or {@code DOWN}
     * @throws NullPointerException     if {@code descriptor} or {@code direction} is null
     * @throws IllegalArgumentException if {@code direction} is {@code UNKNOWN}, or {@code descriptor} is blank or
     *                                  contains {@code /}
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

    /**
     * {@return whether {@code memberDescriptor} is a direct member of group {@code groupDescriptor} (a HEAD)}
     *
     * @param vssps            the identity host scope ({@code client.vssps()})
     * @param memberDescriptor the subject descriptor of the user or group
     * @param groupDescriptor  the subject descriptor of the group
     * @throws NullPointerException     if a descriptor is null
     * @throws IllegalArgumentException if a descriptor is blank or contains {@code /}
     */
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

    /**
     * {@return the membership after adding {@code memberDescriptor} to group {@code groupDescriptor}}
     *
     * @param vssps            the identity host scope ({@code client.vssps()})
     * @param memberDescriptor the subject descriptor of the user or group to add
     * @param groupDescriptor  the subject descriptor of the group
     * @throws NullPointerException     if a descriptor is null
     * @throws IllegalArgumentException if a descriptor is blank or contains {@code /}
     */
    public static GraphMembership add(ApiCall vssps, String memberDescriptor, String groupDescriptor) {
        return pair(vssps, memberDescriptor, groupDescriptor).put(Graph.API_VERSION).as(GraphMembership.class);
    }

    /**
     * Removes {@code memberDescriptor} from group {@code groupDescriptor}.
     *
     * @param vssps            the identity host scope ({@code client.vssps()})
     * @param memberDescriptor the subject descriptor of the user or group to remove
     * @param groupDescriptor  the subject descriptor of the group
     * @throws NullPointerException     if a descriptor is null
     * @throws IllegalArgumentException if a descriptor is blank or contains {@code /}
     */
    public static void remove(ApiCall vssps, String memberDescriptor, String groupDescriptor) {
        pair(vssps, memberDescriptor, groupDescriptor).delete(Graph.API_VERSION).send();
    }

    private static ApiCall pair(ApiCall vssps, String member, String group) {
        return Graph.area(vssps, "memberships").path(Graph.descriptor(member, "memberDescriptor"),
                Graph.descriptor(group, "groupDescriptor"));
    }
}
