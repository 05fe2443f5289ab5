package ado.model.graph;

import ado.core.ApiCall;
import ado.core.Body;
import ado.core.Paging;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Graph users ({@code _apis/graph/users}) on the identity host: call with {@code client.vssps()}.
 *
 * <pre>{@code
 * Stream<GraphSubject> users = GraphUsers.list(client.vssps());
 * GraphSubject jamal = GraphUsers.create(client.vssps(), GraphUserCreation.byPrincipalName("jamal@fabrikam.com"),
 *         List.of(contributorsDescriptor));
 * }</pre>
 */
public final class GraphUsers {

    private GraphUsers() {
    }

    /**
     * {@return every user, fetched lazily page by page (the {@code x-ms-continuationtoken} header)}
     *
     * @param vssps the identity host scope ({@code client.vssps()})
     */
    public static Stream<GraphSubject> list(ApiCall vssps) {
        return Graph.area(vssps, "users").get(Graph.API_VERSION)
                .stream(Paging.continuationHeader(GraphSubject.class));
    }

    /**
     * {@return user {@code descriptor}}
     *
     * @param vssps      the identity host scope ({@code client.vssps()})
     * @param descriptor the user's subject descriptor, such as {@code aad.MTIz...}
     * @throws ado.core.error.AdoNotFoundException if there is no such user
     * @throws NullPointerException                if {@code descriptor} is null
     * @throws IllegalArgumentException            if {@code descriptor} is blank or contains {@code /}
     */
    public static GraphSubject get(ApiCall vssps, String descriptor) {
        return Graph.area(vssps, "users").path(Graph.descriptor(descriptor, "descriptor"))
                .get(Graph.API_VERSION).as(GraphSubject.class);
    }

    /**
     * {@return the user added to the organisation and to the groups {@code groupDescriptors} (may be empty)}
     *
     * @param vssps            the identity host scope ({@code client.vssps()})
     * @param user             the directory user to add
     * @param groupDescriptors the descriptors of the groups to add it to; may be empty
     * @throws NullPointerException     if an argument or a descriptor is null
     * @throws IllegalArgumentException if a descriptor is blank or contains {@code /}
     */
    public static GraphSubject create(ApiCall vssps, GraphUserCreation user, List<String> groupDescriptors) {
        Objects.requireNonNull(user, "user == null");
        Objects.requireNonNull(groupDescriptors, "groupDescriptors == null");
        groupDescriptors.forEach(d -> Graph.descriptor(d, "groupDescriptors"));
        ApiCall users = Graph.area(vssps, "users");
        if (!groupDescriptors.isEmpty()) {
            users = users.query("groupDescriptors", groupDescriptors);
        }
        return users.post(Graph.API_VERSION).body(Body.json(user)).as(GraphSubject.class);
    }

    /**
     * Removes user {@code descriptor} from the organisation.
     *
     * @param vssps      the identity host scope ({@code client.vssps()})
     * @param descriptor the user's subject descriptor
     * @throws NullPointerException     if {@code descriptor} is null
     * @throws IllegalArgumentException if {@code descriptor} is blank or contains {@code /}
     */
    public static void delete(ApiCall vssps, String descriptor) {
        Graph.area(vssps, "users").path(Graph.descriptor(descriptor, "descriptor")).delete(Graph.API_VERSION)
                .send();
    }
}
