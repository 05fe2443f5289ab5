package ado.emulator.internal.policy;

import ado.core.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A stored policy configuration: its id, project, type and every revision (the last is current). */
public final class PolicyConfig {

    /**
     * One revision.
     *
     * @param revision  the revision number, from 1
     * @param enabled   whether it is enforced
     * @param blocking  whether it blocks completion
     * @param settings  the settings as sent
     * @param createdBy who wrote the revision
     * @param created   when
     */
    public record Revision(int revision, boolean enabled, boolean blocking, JsonObject settings, UUID createdBy,
                           Instant created) {
    }

    private final int id;
    private final UUID projectId;
    private final UUID typeId;
    private final List<Revision> revisions = new ArrayList<>();
    private boolean deleted;

    PolicyConfig(int id, UUID projectId, UUID typeId, Revision first) {
        this.id = id;
        this.projectId = projectId;
        this.typeId = typeId;
        revisions.add(first);
    }

    /** {@return the id} */
    public int id() {
        return id;
    }

    /** {@return the project} */
    public UUID projectId() {
        return projectId;
    }

    /** {@return the policy type} */
    public UUID typeId() {
        return typeId;
    }

    /** {@return the current revision} */
    public synchronized Revision current() {
        return revisions.get(revisions.size() - 1);
    }

    /** {@return every revision, oldest first} */
    public synchronized List<Revision> revisions() {
        return List.copyOf(revisions);
    }

    synchronized void add(Revision revision) {
        revisions.add(revision);
    }

    /** {@return whether it was deleted} */
    public synchronized boolean deleted() {
        return deleted;
    }

    synchronized void delete() {
        deleted = true;
    }
}
