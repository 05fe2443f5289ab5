package ado.model.wit;

import ado.model.internal.Copies;
import java.util.List;

/**
 * How a work item's relations changed in an update.
 *
 * @param added   the relations added; empty when none
 * @param removed the relations removed; empty when none
 * @param updated the relations whose attributes changed; empty when none
 */
public record WorkItemRelationUpdates(List<WorkItemRelation> added, List<WorkItemRelation> removed,
                                      List<WorkItemRelation> updated) {

    /**
     * Copies the lists.
     *
     * @param added   the relations added; empty when none
     * @param removed the relations removed; empty when none
     * @param updated the relations whose attributes changed; empty when none
     * @throws NullPointerException if {@code added}, {@code removed} or {@code updated} contains null
     */
    public WorkItemRelationUpdates {
        added = Copies.list(added, "added");
        removed = Copies.list(removed, "removed");
        updated = Copies.list(updated, "updated");
    }
}
