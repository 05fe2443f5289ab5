package ado.model.wit;

/** The two classification trees of a project, as they appear in {@code .../classificationnodes/{group}} URLs. */
public enum TreeStructureGroup {
    /** Area paths. */
    AREAS("Areas"),
    /** Iteration paths (sprints). */
    ITERATIONS("Iterations");

    private final String segment;

    TreeStructureGroup(String segment) {
        this.segment = segment;
    }

    /** {@return the URL segment, {@code Areas} or {@code Iterations}} */
    public String segment() {
        return segment;
    }
}
