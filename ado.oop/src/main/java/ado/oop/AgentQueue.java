package ado.oop;

import ado.core.json.JsonNumber;
import ado.model.distributedtask.AgentQueues;
import ado.model.distributedtask.TaskAgentQueue;

/**
 * An agent queue of a project: the project's link to an agent pool of the organisation. One object per queue and
 * project per service; its record loads on first use ({@link PipelineResources#agentQueue(int)}) or comes with the
 * list or lookup that found it.
 *
 * <p><b>Thread safety.</b> Thread-safe: one object per queue per service; its record loads once even when threads
 * ask together, and a newer record (a list, a lookup, {@link #refresh()}) replaces it whole, never mixed.
 */
public final class AgentQueue {

    private final Project project;
    private final Resource<Integer, TaskAgentQueue> self;

    private AgentQueue(Project project, int id) {
        this.project = project;
        this.self = new Resource<>(id, k -> AgentQueues.get(project.api(), k));
    }

    /** {@return the one object of queue {@code id} of {@code project}; no request} */
    static AgentQueue of(Project project, int id) {
        return project.identities().byId(AgentQueue.class, "agentQueue", project, id,
                () -> new AgentQueue(project, id));
    }

    /** {@return the one object of the queue {@code record} describes, holding {@code record}} */
    static AgentQueue of(Project project, TaskAgentQueue record) {
        AgentQueue q = of(project, record.id());
        q.self.set(record);
        return q;
    }

    /** {@return the project} */
    public Project project() {
        return project;
    }

    /** {@return the organisation} */
    public Organization organization() {
        return project.organization();
    }

    /** {@return the id; no request} */
    public int id() {
        return self.key();
    }

    /** {@return the name} */
    public String name() {
        return info().name();
    }

    /** {@return the queue, loaded on first use} */
    public TaskAgentQueue info() {
        return self.get();
    }

    /**
     * {@return this queue after loading it again; one request}
     *
     * @throws ado.core.error.AdoNotFoundException if the queue no longer exists
     */
    public AgentQueue refresh() {
        return self.refresh(this);
    }

    /**
     * {@return the id of the agent pool this queue links to (loads the queue)}
     *
     * @throws ado.core.error.AdoJsonException if the queue's answer names no pool id
     */
    public int poolId() {
        if (info().pool() != null && info().pool().get("id") instanceof JsonNumber n && n.isLong()
                && n.longValue() > 0 && n.longValue() <= Integer.MAX_VALUE) {
            return n.intValue();
        }
        throw ClientFailures.unexpectedAnswer("the pool of agent queue " + id() + " in project " + project.label()
                + " (no positive pool id)");
    }

    /**
     * {@return the organisation's agent pool this queue links to; loads the queue, not the pool}
     *
     * @throws ado.core.error.AdoJsonException if the queue's answer names no pool id
     */
    public AgentPool pool() {
        return project.organization().agentPool(poolId());
    }

    @Override
    public String toString() {
        return "AgentQueue[" + self.ifLoaded(q -> Describe.quote(q.name()) + " ") + "#" + id() + " in "
                + project.label() + "]";
    }
}
