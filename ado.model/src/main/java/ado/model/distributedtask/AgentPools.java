package ado.model.distributedtask;

import ado.core.ApiCall;
import ado.model.internal.Copies;
import java.util.List;

/** Agent pools and their agents ({@code _apis/distributedtask/pools}, organisation-scoped). */
public final class AgentPools {

    /** The api-version of these operations. */
    public static final String API_VERSION = "7.1";

    private AgentPools() {
    }

    /**
     * {@return the organisation's pools named {@code poolName} (or all for {@code null})}
     *
     * @param org      the organisation scope ({@code client.api()})
     * @param poolName the pool name, or {@code null} for all
     */
    public static List<TaskAgentPool> list(ApiCall org, String poolName) {
        return scope(org).query("poolName", poolName).get(API_VERSION).asList(TaskAgentPool.class);
    }

    /**
     * {@return pool {@code poolId}}
     *
     * @param org    the organisation scope ({@code client.api()})
     * @param poolId the pool id, positive
     * @throws ado.core.error.AdoNotFoundException if there is none
     * @throws IllegalArgumentException            if {@code poolId} is not positive
     */
    public static TaskAgentPool get(ApiCall org, int poolId) {
        return scope(org).path(id(poolId, "poolId")).get(API_VERSION).as(TaskAgentPool.class);
    }

    /**
     * {@return the agents of pool {@code poolId}, with their capabilities when {@code includeCapabilities}}
     *
     * @param org                 the organisation scope ({@code client.api()})
     * @param poolId              the pool id, positive
     * @param includeCapabilities whether to include each agent's capabilities
     * @throws IllegalArgumentException if {@code poolId} is not positive
     */
    public static List<TaskAgent> agents(ApiCall org, int poolId, boolean includeCapabilities) {
        return scope(org).path(id(poolId, "poolId"), "agents").query("includeCapabilities", includeCapabilities)
                .get(API_VERSION).asList(TaskAgent.class);
    }

    /**
     * {@return agent {@code agentId} of pool {@code poolId}, with its capabilities when {@code includeCapabilities}}
     *
     * @param org                 the organisation scope ({@code client.api()})
     * @param poolId              the pool id, positive
     * @param agentId             the agent id, positive
     * @param includeCapabilities whether to include the agent's capabilities
     * @throws ado.core.error.AdoNotFoundException if there is none
     * @throws IllegalArgumentException            if {@code poolId} or {@code agentId} is not positive
     */
    public static TaskAgent agent(ApiCall org, int poolId, int agentId, boolean includeCapabilities) {
        return scope(org).path(id(poolId, "poolId"), "agents", id(agentId, "agentId"))
                .query("includeCapabilities", includeCapabilities).get(API_VERSION).as(TaskAgent.class);
    }

    private static ApiCall scope(ApiCall org) {
        return org.apis("distributedtask", "pools");
    }

    static String id(int id, String field) {
        return Integer.toString(Copies.positive(id, field));
    }
}
