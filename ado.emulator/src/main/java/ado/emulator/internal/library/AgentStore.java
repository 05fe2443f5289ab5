package ado.emulator.internal.library;

import ado.core.json.JsonObject;
import ado.emulator.internal.org.OrgStore;
import ado.emulator.internal.org.Project;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Agent pools of the organisation, their agents (with capabilities), and each project's queues: one queue per
 * pool, created on a project's first queue request with ids unique in the organisation. Thread-safe.
 */
public final class AgentStore {

    private final OrgStore org;
    private final Map<Integer, JsonObject> pools = new LinkedHashMap<>();
    private final Map<Integer, List<JsonObject>> agents = new LinkedHashMap<>();
    private final Map<UUID, List<JsonObject>> queues = new LinkedHashMap<>();
    private int nextQueue = 1;

    /** Creates an empty store. */
    public AgentStore(OrgStore org) {
        this.org = org;
    }

    /** Adds pool {@code id} named {@code name}; {@code poolType} is {@code automation} or {@code deployment}. */
    public synchronized JsonObject addPool(int id, String name, boolean hosted, String poolType, Instant created) {
        pools.put(id, JsonObject.builder().put("id", id).put("name", name).put("isHosted", hosted)
                .put("poolType", poolType).put("size", 0)
                .put("scope", org.idFor("poolscope", name).toString())
                .put("createdBy", Docs.who(org.me().id())).put("createdOn", Docs.time(created))
                .put("autoProvision", false).put("autoUpdate", true).put("isLegacy", hosted).build());
        agents.put(id, new ArrayList<>());
        return pools.get(id);
    }

    /** {@return a new deployment pool named {@code name}, with the next free id} */
    public synchronized JsonObject addDeploymentPool(String name, Instant created) {
        int id = pools.keySet().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        return addPool(id, name, false, "deployment", created);
    }

    /** Adds an agent to pool {@code poolId}. */
    public synchronized void addAgent(int poolId, int id, String name, boolean online, Map<String, String> system,
                                      Map<String, String> user, Instant created) {
        var sys = JsonObject.builder();
        system.forEach(sys::put);
        var usr = JsonObject.builder();
        user.forEach(usr::put);
        agents.get(poolId).add(JsonObject.builder().put("id", id).put("name", name).put("version", "3.236.1")
                .put("osDescription", system.getOrDefault("Agent.OS", "Linux")).put("enabled", true)
                .put("status", online ? "online" : "offline").put("provisioningState", "Provisioned")
                .put("createdOn", Docs.time(created)).put("maxParallelism", 1)
                .put("systemCapabilities", sys.build()).put("userCapabilities", usr.build()).build());
        pools.put(poolId, pools.get(poolId).toBuilder().put("size", agents.get(poolId).size()).build());
    }

    /** {@return the pools} */
    public synchronized List<JsonObject> pools() {
        return List.copyOf(pools.values());
    }

    /** {@return pool {@code id}; 404 otherwise} */
    public synchronized JsonObject pool(int id) {
        JsonObject p = pools.get(id);
        if (p == null) {
            throw LibraryErrors.poolNotFound(id);
        }
        return p;
    }

    /** {@return the agents of pool {@code poolId}, with or without their capabilities} */
    public synchronized List<JsonObject> agents(int poolId, boolean capabilities) {
        pool(poolId);
        return agents.get(poolId).stream().map(a -> capabilities ? a
                : a.toBuilder().remove("systemCapabilities").remove("userCapabilities").build()).toList();
    }

    /** {@return agent {@code agentId} of pool {@code poolId}; 404 otherwise} */
    public synchronized JsonObject agent(int poolId, int agentId, boolean capabilities) {
        return agents(poolId, capabilities).stream().filter(a -> Docs.number(a, "id").orElse(0L) == agentId)
                .findFirst().orElseThrow(() -> LibraryErrors.agentNotFound(agentId));
    }

    /** {@return the queues of {@code project}, one per automation pool} */
    public synchronized List<JsonObject> queues(Project project) {
        List<JsonObject> list = queues.computeIfAbsent(project.id(), k -> new ArrayList<>());
        for (JsonObject pool : pools.values()) {
            if (!pool.string("poolType").orElse("").equals("automation")) {
                continue;
            }
            long poolId = Docs.number(pool, "id").orElseThrow();
            if (list.stream().noneMatch(q -> ((JsonObject) q.get("pool")).get("id").equals(pool.get("id")))) {
                list.add(JsonObject.builder().put("id", nextQueue++).put("projectId", project.id().toString())
                        .put("name", pool.string("name").orElseThrow())
                        .put("pool", JsonObject.builder().put("id", poolId).put("scope", pool.get("scope"))
                                .put("name", pool.get("name")).put("isHosted", pool.get("isHosted"))
                                .put("poolType", pool.get("poolType")).put("size", pool.get("size")).build())
                        .build());
            }
        }
        return List.copyOf(list);
    }

    /** {@return queue {@code id} of {@code project}; 404 otherwise} */
    public synchronized JsonObject queue(Project project, int id) {
        return queues(project).stream().filter(q -> Docs.number(q, "id").orElse(0L) == id).findFirst()
                .orElseThrow(() -> LibraryErrors.queueNotFound(id));
    }
}
