package ado.model.memberentitlement;

/**
 * The project group a user entitlement puts a user in ({@code GroupType} of Microsoft's 7.1 specification, without
 * {@code custom}, which names no group by itself).
 */
public enum ProjectGroupType {
    /** Stakeholder access to the project. */
    PROJECT_STAKEHOLDER("projectStakeholder"),
    /** The project's Readers. */
    PROJECT_READER("projectReader"),
    /** The project's Contributors. */
    PROJECT_CONTRIBUTOR("projectContributor"),
    /** The project's Project Administrators. */
    PROJECT_ADMINISTRATOR("projectAdministrator");

    private final String wire;

    ProjectGroupType(String wire) {
        this.wire = wire;
    }

    /** {@return the wire value, such as {@code projectContributor}} */
    public String wire() {
        return wire;
    }
}
