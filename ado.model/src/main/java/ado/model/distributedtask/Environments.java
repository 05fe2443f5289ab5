package ado.model.distributedtask;

import ado.core.ApiCall;
import ado.core.Body;
import ado.core.Paging;
import ado.core.json.JsonObject;
import ado.model.internal.Checks;
import ado.model.internal.Copies;
import java.util.List;
import java.util.stream.Stream;

/**
 * Pipelines environments ({@code {project}/_apis/distributedtask/environments}, a preview API), their deployment
 * records and the check configurations guarding them.
 */
public final class Environments {

    /** The api-version of these operations. */
    public static final String API_VERSION = "7.1-preview.1";
    /** The api-version of the check configurations. */
    public static final String CHECKS_API_VERSION = "7.1-preview.1";

    private Environments() {
    }

    /**
     * {@return the project's environments, {@code name} filtered (or all for {@code null}), fetched lazily}
     *
     * @param project the project scope ({@code client.api().project(name)})
     * @param name    the environment name, or {@code null} for all
     */
    public static Stream<EnvironmentInstance> list(ApiCall project, String name) {
        return scope(project).query("name", name).get(API_VERSION)
                .stream(Paging.continuationHeader(EnvironmentInstance.class));
    }

    /**
     * {@return environment {@code id}}
     *
     * @param project the project scope ({@code client.api().project(name)})
     * @param id      the environment id, positive
     * @throws ado.core.error.AdoNotFoundException if there is none
     * @throws IllegalArgumentException            if {@code id} is not positive
     */
    public static EnvironmentInstance get(ApiCall project, int id) {
        return scope(project).path(key(id)).get(API_VERSION).as(EnvironmentInstance.class);
    }

    /**
     * {@return the new environment}
     *
     * @param project     the project scope ({@code client.api().project(name)})
     * @param name        the environment's name
     * @param description its description, or {@code null}
     * @throws ado.core.error.AdoConflictException if one of that name exists
     * @throws NullPointerException                if {@code name} is null
     * @throws IllegalArgumentException            if {@code name} is blank
     */
    public static EnvironmentInstance create(ApiCall project, String name, String description) {
        return scope(project).post(API_VERSION).body(Body.json(body(name, description)))
                .as(EnvironmentInstance.class);
    }

    /**
     * {@return the environment after renaming and describing it}
     *
     * @param project     the project scope ({@code client.api().project(name)})
     * @param id          the environment id, positive
     * @param name        the new name
     * @param description the new description, or {@code null}
     * @throws NullPointerException     if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank or {@code id} is not positive
     */
    public static EnvironmentInstance update(ApiCall project, int id, String name, String description) {
        return scope(project).path(key(id)).patch(API_VERSION).body(Body.json(body(name, description)))
                .as(EnvironmentInstance.class);
    }

    /**
     * Deletes environment {@code id}.
     *
     * @param project the project scope ({@code client.api().project(name)})
     * @param id      the environment id, positive
     * @throws IllegalArgumentException if {@code id} is not positive
     */
    public static void delete(ApiCall project, int id) {
        scope(project).path(key(id)).delete(API_VERSION).send();
    }

    /**
     * {@return the deployments to environment {@code id}, newest first, fetched lazily}
     *
     * @param project the project scope ({@code client.api().project(name)})
     * @param id      the environment id, positive
     * @throws IllegalArgumentException if {@code id} is not positive
     */
    public static Stream<EnvironmentDeploymentRecord> deployments(ApiCall project, int id) {
        return scope(project).path(key(id), "environmentdeploymentrecords").get(API_VERSION)
                .stream(Paging.continuationHeader(EnvironmentDeploymentRecord.class));
    }

    /**
     * {@return the check configurations (approvals, checks) of environment {@code id}, as JSON objects}
     *
     * @param project the project scope ({@code client.api().project(name)})
     * @param id      the environment id, positive
     * @throws IllegalArgumentException if {@code id} is not positive
     */
    public static List<JsonObject> checks(ApiCall project, int id) {
        return project.apis("pipelines", "checks", "configurations").query("resourceType", "environment")
                .query("resourceId", key(id)).get(CHECKS_API_VERSION).asList(JsonObject.class);
    }

    private static JsonObject body(String name, String description) {
        var b = JsonObject.builder().put("name", Checks.nonBlank(name, "name"));
        if (description != null) {
            b.put("description", description);
        }
        return b.build();
    }

    private static ApiCall scope(ApiCall project) {
        return project.apis("distributedtask", "environments");
    }

    private static String key(int id) {
        return Integer.toString(Copies.positive(id, "environmentId"));
    }
}
