package ado.oop;

import ado.model.distributedtask.AgentPools;
import ado.model.distributedtask.TaskAgent;
import java.util.Map;
import java.util.Optional;

/**
 * An agent of an agent pool, with its system and user capabilities. A new object per call.
 *
 * <p><b>Thread safety.</b> Thread-safe: its details load once even when threads ask together, and {@link #refresh()}
 * replaces them whole.
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

    /** {@return the pool the agent belongs to; no request} */
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

    /** {@return the agent with its capabilities, loaded on first use} */
    public TaskAgent info() {
        return self.get();
    }

    /** {@return the name} */
    public String name() {
        return info().name();
    }

    /** {@return {@code online} or {@code offline}, when the server says} */
    public Optional<String> status() {
        return Optional.ofNullable(info().status());
    }

    /** {@return whether it takes jobs ({@code true} when the server does not say)} */
    public boolean enabled() {
        return !Boolean.FALSE.equals(info().enabled());
    }

    /** {@return the capabilities it reports, such as {@code Agent.OS}} */
    public Map<String, String> systemCapabilities() {
        return info().systemCapabilities();
    }

    /** {@return the capabilities users set on it} */
    public Map<String, String> userCapabilities() {
        return info().userCapabilities();
    }

    /**
     * {@return this agent after loading it again; one request}
     *
     * @throws ado.core.error.AdoNotFoundException if the agent is no longer in its pool
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
