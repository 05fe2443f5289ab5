package ado.model.wit;

import ado.core.ApiCall;
import ado.core.Body;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The work item templates of a team ({@code {project}/{team}/_apis/wit/templates}). Every method takes a team scope
 * ({@code client.api().project(p).team(t)}).
 */
public final class WorkItemTemplates {

    /** The api-version of these operations. */
    public static final String API_VERSION = "7.1";

    private WorkItemTemplates() {
    }

    /**
     * {@return the team's templates (without field values), for one type when {@code workItemTypeName} is set}
     *
     * @param team             the team scope, {@code client.api().project(p).team(t)}
     * @param workItemTypeName the work item type, such as {@code Bug}, or {@code null} for all
     * @throws ado.core.error.AdoNotFoundException if there is no such team
     */
    public static List<WorkItemTemplate> list(ApiCall team, String workItemTypeName) {
        return team.apis("wit", "templates").query("workitemtypename", workItemTypeName).get(API_VERSION)
                .asList(WorkItemTemplate.class);
    }

    /**
     * {@return template {@code id} with its field values}
     *
     * @param team the team scope, {@code client.api().project(p).team(t)}
     * @param id   the template id
     * @throws ado.core.error.AdoNotFoundException if there is no such team or template
     * @throws NullPointerException                if {@code id} is null
     */
    public static WorkItemTemplate get(ApiCall team, UUID id) {
        return template(team, id).get(API_VERSION).as(WorkItemTemplate.class);
    }

    /**
     * {@return the created template}
     *
     * @param team     the team scope, {@code client.api().project(p).team(t)}
     * @param template the template, from {@link WorkItemTemplate#of}
     * @throws ado.core.error.AdoNotFoundException if there is no such team
     * @throws NullPointerException                if {@code template} is null
     */
    public static WorkItemTemplate create(ApiCall team, WorkItemTemplate template) {
        Objects.requireNonNull(template, "template == null");
        return team.apis("wit", "templates").post(API_VERSION).body(Body.json(template)).as(WorkItemTemplate.class);
    }

    /**
     * {@return template {@code id} replaced by {@code template}}
     *
     * @param team     the team scope, {@code client.api().project(p).team(t)}
     * @param id       the template id
     * @param template the new name, type and field values
     * @throws ado.core.error.AdoNotFoundException if there is no such team or template
     * @throws NullPointerException                if {@code id} or {@code template} is null
     */
    public static WorkItemTemplate replace(ApiCall team, UUID id, WorkItemTemplate template) {
        Objects.requireNonNull(template, "template == null");
        return template(team, id).put(API_VERSION).body(Body.json(template)).as(WorkItemTemplate.class);
    }

    /**
     * Deletes template {@code id}.
     *
     * @param team the team scope, {@code client.api().project(p).team(t)}
     * @param id   the template id
     * @throws ado.core.error.AdoNotFoundException if there is no such team or template
     * @throws NullPointerException                if {@code id} is null
     */
    public static void delete(ApiCall team, UUID id) {
        template(team, id).delete(API_VERSION).send();
    }

    private static ApiCall template(ApiCall team, UUID id) {
        return team.apis("wit", "templates", Objects.requireNonNull(id, "id == null").toString());
    }
}
