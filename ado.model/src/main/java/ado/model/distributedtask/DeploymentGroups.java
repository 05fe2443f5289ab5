package ado.model.distributedtask;

import ado.core.ApiCall;
import ado.core.Body;
import ado.core.Paging;
import ado.core.json.JsonObject;
import ado.model.internal.Checks;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * Deployment groups of a project ({@code {project}/_apis/distributedtask/deploymentgroups}, classic release). Lists
 * page by name: the continuation token is the name the next page starts with.
 */
public final class DeploymentGroups {

    /** The api-version of these operations. */
    public static final String API_VERSION = "7.1";

    private DeploymentGroups() {
    }

    /**
     * {@return the project's deployment groups named {@code name} (or all for {@code null}), by name, lazily}
     *
     * @param project the project scope ({@code client.api().project(name)})
     * @param name    the group name, or {@code null} for all
     */
    public static Stream<DeploymentGroup> list(ApiCall project, String name) {
        return scope(project).query("name", name).get(API_VERSION)
                .stream(Paging.continuationHeader(DeploymentGroup.class));
    }

    /**
     * {@return the deployment groups with the given ids}
     *
     * @param project the project scope ({@code client.api().project(name)})
     * @param ids     the group ids, at least one
     * @throws NullPointerException     if {@code ids} or one of them is null
     * @throws IllegalArgumentException if {@code ids} is empty
     */
    public static List<DeploymentGroup> listByIds(ApiCall project, Collection<Integer> ids) {
        return scope(project).query("ids", VariableGroups.join(ids, "ids")).get(API_VERSION)
                .asList(DeploymentGroup.class);
    }

    /**
     * {@return deployment group {@code id}}
     *
     * @param project the project scope ({@code client.api().project(name)})
     * @param id      the deployment group id, positive
     * @throws ado.core.error.AdoNotFoundException if there is none
     * @throws IllegalArgumentException            if {@code id} is not positive
     */
    public static DeploymentGroup get(ApiCall project, int id) {
        return scope(project).path(AgentPools.id(id, "deploymentGroupId")).get(API_VERSION)
                .as(DeploymentGroup.class);
    }

    /**
     * {@return the new deployment group (with a new deployment pool)}
     *
     * @param project     the project scope ({@code client.api().project(name)})
     * @param name        the group's name
     * @param description its description, or {@code null}
     * @throws ado.core.error.AdoConflictException if one of that name exists
     * @throws NullPointerException                if {@code name} is null
     * @throws IllegalArgumentException            if {@code name} is blank
     */
    public static DeploymentGroup create(ApiCall project, String name, String description) {
        var body = JsonObject.builder().put("name", Checks.nonBlank(name, "name"));
        if (description != null) {
            body.put("description", description);
        }
        return scope(project).post(API_VERSION).body(Body.json(body.build())).as(DeploymentGroup.class);
    }

    /**
     * Deletes deployment group {@code id}.
     *
     * @param project the project scope ({@code client.api().project(name)})
     * @param id      the deployment group id, positive
     * @throws IllegalArgumentException if {@code id} is not positive
     */
    public static void delete(ApiCall project, int id) {
        scope(project).path(AgentPools.id(id, "deploymentGroupId")).delete(API_VERSION).send();
    }

    private static ApiCall scope(ApiCall project) {
        return project.apis("distributedtask", "deploymentgroups");
    }
}
