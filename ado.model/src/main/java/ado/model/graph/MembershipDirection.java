package ado.model.graph;

/** Which way to list memberships: the groups a subject is in ({@code UP}) or a group's members ({@code DOWN}). */
public enum MembershipDirection {
    /** The groups the subject belongs to. */
    UP,
    /** The members of the group. */
    DOWN,
    /** A value this library does not know. */
    UNKNOWN
}
