package ado.emulator.internal.library;

import ado.core.json.JsonObject;
import ado.emulator.internal.org.Project;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Deployment groups of each project (ids unique in the organisation), each with its own deployment pool named
 * {@code {project}-{group}} as Azure DevOps creates it; no machines. Thread-safe.
 */
public final class DeploymentGroupStore {

    private final AgentStore agents;
    private final Clock clock;
    private final Map<Integer, JsonObject> groups = new LinkedHashMap<>();
    private final Map<Integer, Project> projects = new LinkedHashMap<>();
    private int nextId = 1;

    DeploymentGroupStore(AgentStore agents, Clock clock) {
        this.agents = agents;
        this.clock = clock;
    }

    /** {@return the deployment groups of {@code project}, by name (ordinal comparison, as ADO pages them)} */
    public synchronized List<JsonObject> inProject(Project project) {
        List<JsonObject> out = new ArrayList<>();
        groups.forEach((id, g) -> {
            if (projects.get(id).id().equals(project.id())) {
                out.add(g);
            }
        });
        out.sort(Comparator.comparing(g -> g.string("name").orElse("")));
        return out;
    }

    /** {@return deployment group {@code id} of {@code project}; 404 otherwise} */
    public synchronized JsonObject get(Project project, int id) {
        JsonObject g = groups.get(id);
        if (g == null || !projects.get(id).id().equals(project.id())) {
            throw LibraryErrors.deploymentGroupNotFound(id);
        }
        return g;
    }

    /** Creates deployment group {@code body.name} and its pool; 409 when the name is taken in the project. */
    public synchronized JsonObject create(Project project, JsonObject body) {
        String name = Docs.required(body, "name", "deploymentGroup.Name");
        if (inProject(project).stream().anyMatch(g -> g.string("name").orElse("").equalsIgnoreCase(name))) {
            throw LibraryErrors.deploymentGroupExists(name);
        }
        JsonObject pool = agents.addDeploymentPool(project.name() + "-" + name, clock.instant());
        JsonObject poolRef = JsonObject.builder().put("id", pool.get("id")).put("scope", pool.get("scope"))
                .put("name", pool.get("name")).put("isHosted", false).put("poolType", "deployment")
                .put("size", 0).build();
        int id = nextId++;
        JsonObject g = JsonObject.builder().put("machineCount", 0)
                .put("description", Docs.string(body, "description").orElse("")).put("id", id)
                .put("project", ProjectShares.projectRef(project)).put("name", name).put("pool", poolRef).build();
        groups.put(id, g);
        projects.put(id, project);
        return g;
    }

    /** Deletes deployment group {@code id}. */
    public synchronized void delete(Project project, int id) {
        get(project, id);
        groups.remove(id);
        projects.remove(id);
    }
}
