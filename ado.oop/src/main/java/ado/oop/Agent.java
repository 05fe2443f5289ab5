package ado.oop;

import ado.model.distributedtask.AgentPools;
import ado.model.distributedtask.TaskAgent;
import java.util.Map;

/**
 * An agent of an organisation's agent pool, with its capabilities. A new object per call, like its pool; its record
 * loads on first use ({@link AgentPool#agent(int)}) or comes with the list that found it ({@link AgentPool#agents()}).
 *
 * <p><b>Thread safety.</b> Thread-safe: its record loads once even when threads ask together, and
 * {@link #refresh()} replaces it whole, never mixed.
 */
public final class Agent {

    private final AgentPool pool;
    private final Resource<Integer, TaskAgent> self;

    Agent(AgentPool pool, int id) {
        this.pool = pool;
        this.self = new Resource<>(id, k -> AgentPools.agent(pool.organization().api(), pool.id(), k, true));
    }

    Agent(AgentPool pool, TaskAgent record) {
        this(pool, record.id());
        self.set(record);
    }

    /** {@return the pool this agent belongs to} */
    public AgentPool pool() {
        return pool;
    }

    /** {@return the organisation} */
    public Organization organization() {
        return pool.organization();
    }

    /** {@return the id; no request} */
    public int id() {
        return self.key();
    }

    /** {@return the name} */
    public String name() {
        return info().name();
    }

    /** {@return the status, such as {@code online} or {@code offline}, or {@code null} when not reported} */
    public String status() {
        return info().status();
    }

    /** {@return whether the agent is enabled (not reported: {@code false})} */
    public boolean enabled() {
        return Boolean.TRUE.equals(info().enabled());
    }

    /** {@return the capabilities the agent reports itself (operating system, tools)} */
    public Map<String, String> systemCapabilities() {
        return info().systemCapabilities();
    }

    /** {@return the capabilities users gave the agent} */
    public Map<String, String> userCapabilities() {
        return info().userCapabilities();
    }

    /** {@return the agent with its capabilities, loaded on first use} */
    public TaskAgent info() {
        return self.get();
    }

    /**
     * {@return this agent after loading it again, with its capabilities; one request}
     *
     * @throws ado.core.error.AdoNotFoundException if the agent no longer exists
     */
    public Agent refresh() {
        return self.refresh(this);
    }

    @Override
    public String toString() {
        return "Agent[" + self.ifLoaded(a -> Describe.quote(a.name()) + " ") + "#" + id() + " in pool #" + pool.id()
                + "]";
    }
}
