package ado.model.graph;

import ado.core.ApiCall;
import ado.core.Body;
import ado.core.Paging;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

/** Graph groups ({@code _apis/graph/groups}) on the identity host: call with {@code client.vssps()}. */
public final class GraphGroups {

    private GraphGroups() {
    }

    /**
     * {@return every group of the organisation, fetched lazily page by page}
     *
     * @param vssps the identity host scope ({@code client.vssps()})
     */
    public static Stream<GraphSubject> list(ApiCall vssps) {
        return Graph.area(vssps, "groups").get(Graph.API_VERSION)
                .stream(Paging.continuationHeader(GraphSubject.class));
    }

    /**
     * {@return the groups of project scope {@code scopeDescriptor} (see {@link #projectScope}), page by page}
     *
     * @param vssps           the identity host scope ({@code client.vssps()})
     * @param scopeDescriptor the scope descriptor of a project
     * @throws NullPointerException     if {@code scopeDescriptor} is null
     * @throws IllegalArgumentException if {@code scopeDescriptor} is blank or contains {@code /}
     */
    public static Stream<GraphSubject> list(ApiCall vssps, String scopeDescriptor) {
        return Graph.area(vssps, "groups").query("scopeDescriptor", Graph.descriptor(scopeDescriptor,
                        "scopeDescriptor")).get(Graph.API_VERSION)
                .stream(Paging.continuationHeader(GraphSubject.class));
    }

    /**
     * {@return group {@code descriptor}}
     *
     * @param vssps      the identity host scope ({@code client.vssps()})
     * @param descriptor the group's subject descriptor, such as {@code vssgp.Uy0x...}
     * @throws ado.core.error.AdoNotFoundException if there is no such group
     * @throws NullPointerException                if {@code descriptor} is null
     * @throws IllegalArgumentException            if {@code descriptor} is blank or contains {@code /}
     */
    public static GraphSubject get(ApiCall vssps, String descriptor) {
        return Graph.area(vssps, "groups").path(Graph.descriptor(descriptor, "descriptor"))
                .get(Graph.API_VERSION).as(GraphSubject.class);
    }

    /**
     * {@return the new group, in the organisation scope or, with {@code scopeDescriptor}, a project's}
     *
     * @param vssps           the identity host scope ({@code client.vssps()})
     * @param group           the group's name and description
     * @param scopeDescriptor the scope descriptor of a project, or {@code null} for the organisation
     * @throws NullPointerException     if {@code group} is null
     * @throws IllegalArgumentException if {@code scopeDescriptor} is blank or contains {@code /}
     */
    public static GraphSubject create(ApiCall vssps, GraphGroupCreation group, String scopeDescriptor) {
        Objects.requireNonNull(group, "group == null");
        ApiCall groups = Graph.area(vssps, "groups");
        if (scopeDescriptor != null) {
            groups = groups.query("scopeDescriptor", Graph.descriptor(scopeDescriptor, "scopeDescriptor"));
        }
        return groups.post(Graph.API_VERSION).body(Body.json(group)).as(GraphSubject.class);
    }

    /**
     * Deletes group {@code descriptor}.
     *
     * @param vssps      the identity host scope ({@code client.vssps()})
     * @param descriptor the group's subject descriptor
     * @throws NullPointerException     if {@code descriptor} is null
     * @throws IllegalArgumentException if {@code descriptor} is blank or contains {@code /}
     */
    public static void delete(ApiCall vssps, String descriptor) {
        Graph.area(vssps, "groups").path(Graph.descriptor(descriptor, "descriptor")).delete(Graph.API_VERSION)
                .send();
    }

    /**
     * {@return the scope descriptor of project {@code projectId}, for {@link #list(ApiCall, String)}}
     *
     * @param vssps     the identity host scope ({@code client.vssps()})
     * @param projectId the project id
     * @throws ado.core.error.AdoNotFoundException if there is no such project
     * @throws NullPointerException                if {@code projectId} is null
     */
    public static String projectScope(ApiCall vssps, UUID projectId) {
        return GraphDescriptors.get(vssps, Objects.requireNonNull(projectId, "projectId == null")).value();
    }
}
