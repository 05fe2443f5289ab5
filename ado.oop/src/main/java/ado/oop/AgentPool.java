package ado.oop;

import ado.model.distributedtask.AgentPools;
import ado.model.distributedtask.TaskAgentPool;
import java.util.List;

/**
 * An agent pool of the organisation and its agents. A new object per call.
 *
 * <p><b>Thread safety.</b> Thread-safe: its details load once even when threads ask together.
 */
public final class AgentPool {

    private final Organization organization;
    private final Resource<Integer, TaskAgentPool> self;

    AgentPool(Organization organization, int id) {
        this.organization = organization;
        this.self = new Resource<>(id, k -> AgentPools.get(organization.api(), k));
    }

    AgentPool(Organization organization, TaskAgentPool record) {
        this(organization, record.id());
        self.set(record);
    }

    /** {@return the organisation} */
    public Organization organization() {
        return organization;
    }

    /** {@return the id} */
    public int id() {
        return self.key();
    }

    /** {@return the name} */
    public String name() {
        return info().name();
    }

    /** {@return whether Microsoft hosts the agents} */
    public boolean hosted() {
        return Boolean.TRUE.equals(info().isHosted());
    }

    /** {@return the pool, loaded on first use} */
    public TaskAgentPool info() {
        return self.get();
    }

    /** {@return this pool after loading it again} */
    public AgentPool refresh() {
        return self.refresh(this);
    }

    /** {@return the agents with their system and user capabilities; one request} */
    public List<Agent> agents() {
        return AgentPools.agents(organization.api(), id(), true).stream().map(a -> new Agent(this, a)).toList();
    }

    /**
     * {@return agent {@code agentId} of this pool; no request until it is used, then one with its capabilities}
     *
     * @param agentId the agent id
     * @throws IllegalArgumentException if {@code agentId} is not positive
     */
    public Agent agent(int agentId) {
        if (agentId <= 0) {
            throw new IllegalArgumentException("agentId must be > 0: " + agentId);
        }
        return new Agent(this, agentId);
    }

    @Override
    public String toString() {
        return "AgentPool[" + self.ifLoaded(p -> p.name() + " ") + "#" + id() + "]";
    }
}
