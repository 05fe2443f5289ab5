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
 * {@snippet :
 * Stream<GraphSubject> users = GraphUsers.list(client.vssps());
 * GraphSubject jamal = GraphUsers.create(client.vssps(), GraphUserCreation.byPrincipalName("jamal@fabrikam.com"),
 *         List.of(contributorsDescriptor));
 * }
 */
public final class GraphUsers {

    private GraphUsers() {
    }

    /** {@return every user, fetched lazily page by page (the {@code x-ms-continuationtoken} header)} */
    public static Stream<GraphSubject> list(ApiCall vssps) {
        return Graph.area(vssps, "users").get(Graph.API_VERSION)
                .stream(Paging.continuationHeader(GraphSubject.class));
    }

    /** {@return user {@code descriptor}; 404 when unknown} */
    public static GraphSubject get(ApiCall vssps, String descriptor) {
        return Graph.area(vssps, "users").path(Graph.descriptor(descriptor, "descriptor"))
                .get(Graph.API_VERSION).as(GraphSubject.class);
    }

    /** {@return the user added to the organisation and to the groups {@code groupDescriptors} (may be empty)} */
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

    /** Removes user {@code descriptor} from the organisation. */
    public static void delete(ApiCall vssps, String descriptor) {
        Graph.area(vssps, "users").path(Graph.descriptor(descriptor, "descriptor")).delete(Graph.API_VERSION)
                .send();
    }
}
