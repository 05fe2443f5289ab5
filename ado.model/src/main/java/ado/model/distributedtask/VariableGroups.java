package ado.model.distributedtask;

import ado.core.ApiCall;
import ado.core.Body;
import ado.core.Paging;
import ado.model.internal.Copies;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Variable groups of the pipelines library ({@code _apis/distributedtask/variablegroups}). Reads are
 * project-scoped ({@code project} is {@code client.api().project(p)}); since 7.1, create, update, share and delete
 * are organisation-scoped ({@code org} is {@code client.api()}) and name the projects in the body or in
 * {@code projectIds}.
 */
public final class VariableGroups {

    /** The api-version of these operations. */
    public static final String API_VERSION = "7.1";

    private VariableGroups() {
    }

    /**
     * {@return the project's variable groups {@code query} selects, fetched lazily by continuation token}
     *
     * @param project the project scope ({@code client.api().project(name)})
     * @param query   the name pattern, action filter and page size, such as {@link VariableGroupQuery#ALL}
     * @throws NullPointerException if {@code query} is null
     */
    public static Stream<VariableGroup> list(ApiCall project, VariableGroupQuery query) {
        Objects.requireNonNull(query, "query == null");
        return scope(project).query(query.query()).get(API_VERSION)
                .stream(Paging.continuationHeader(VariableGroup.class));
    }

    /**
     * {@return the variable groups with the given ids that exist in the project}
     *
     * @param project the project scope ({@code client.api().project(name)})
     * @param ids     the group ids, at least one
     * @throws NullPointerException     if {@code ids} or one of them is null
     * @throws IllegalArgumentException if {@code ids} is empty
     */
    public static List<VariableGroup> listByIds(ApiCall project, Collection<Integer> ids) {
        return scope(project).query("groupIds", join(ids, "ids")).get(API_VERSION).asList(VariableGroup.class);
    }

    /**
     * {@return variable group {@code groupId}; secret values are {@code null}}
     *
     * @param project the project scope ({@code client.api().project(name)})
     * @param groupId the group id, positive
     * @throws ado.core.error.AdoNotFoundException if the project has no such group
     * @throws IllegalArgumentException            if {@code groupId} is not positive
     */
    public static VariableGroup get(ApiCall project, int groupId) {
        return scope(project).path(id(groupId)).get(API_VERSION).as(VariableGroup.class);
    }

    /**
     * {@return the new group}
     *
     * @param org        the organisation scope ({@code client.api()})
     * @param parameters the group, with the projects it is shared into
     * @throws ado.core.error.AdoConflictException if a group of that name exists in one of the projects
     * @throws NullPointerException                if {@code parameters} is null
     */
    public static VariableGroup create(ApiCall org, VariableGroupParameters parameters) {
        Objects.requireNonNull(parameters, "parameters == null");
        return scope(org).post(API_VERSION).body(Body.json(parameters)).as(VariableGroup.class);
    }

    /**
     * {@return the group after replacing it with {@code parameters}}: a full replace, so build the parameters with
     * {@link VariableGroupParameters#from(VariableGroup)} from what was read
     *
     * @param org        the organisation scope ({@code client.api()})
     * @param groupId    the group id, positive
     * @param parameters the whole new group
     * @throws NullPointerException     if {@code parameters} is null
     * @throws IllegalArgumentException if {@code groupId} is not positive
     */
    public static VariableGroup update(ApiCall org, int groupId, VariableGroupParameters parameters) {
        Objects.requireNonNull(parameters, "parameters == null");
        return scope(org).path(id(groupId)).put(API_VERSION).body(Body.json(parameters)).as(VariableGroup.class);
    }

    /**
     * Shares group {@code groupId} into more projects ({@code PATCH ?variableGroupId=}).
     *
     * @param org        the organisation scope ({@code client.api()})
     * @param groupId    the group id, positive
     * @param references the projects to share it into, with its name in each
     * @throws NullPointerException     if one of {@code references} is null
     * @throws IllegalArgumentException if {@code references} is null or empty, or {@code groupId} is not positive
     */
    public static void share(ApiCall org, int groupId, List<VariableGroupProjectReference> references) {
        List<VariableGroupProjectReference> refs = Copies.list(references, "references");
        if (refs.isEmpty()) {
            throw new IllegalArgumentException("references must not be empty");
        }
        scope(org).query("variableGroupId", id(groupId)).patch(API_VERSION).body(Body.json(refs)).send();
    }

    /**
     * Removes group {@code groupId} from {@code projectIds}; it is deleted when no project is left.
     *
     * @param org        the organisation scope ({@code client.api()})
     * @param groupId    the group id, positive
     * @param projectIds the projects to remove it from, at least one
     * @throws NullPointerException     if {@code projectIds} or one of them is null
     * @throws IllegalArgumentException if {@code projectIds} is empty or {@code groupId} is not positive
     */
    public static void delete(ApiCall org, int groupId, Collection<UUID> projectIds) {
        scope(org).path(id(groupId)).query("projectIds", join(projectIds, "projectIds")).delete(API_VERSION).send();
    }

    private static ApiCall scope(ApiCall call) {
        return call.apis("distributedtask", "variablegroups");
    }

    private static String id(int groupId) {
        return Integer.toString(Copies.positive(groupId, "groupId"));
    }

    static String join(Collection<?> values, String field) {
        Objects.requireNonNull(values, field + " == null");
        if (values.isEmpty()) {
            throw new IllegalArgumentException(field + " must not be empty");
        }
        return values.stream().map(v -> Objects.requireNonNull(v, field + " element == null").toString())
                .collect(Collectors.joining(","));
    }
}
