package ado.model.graph;

import ado.core.ApiCall;
import ado.core.Body;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** Graph descriptors and subject lookup on the identity host: call with {@code client.vssps()}. */
public final class GraphDescriptors {

    private GraphDescriptors() {
    }

    /**
     * {@return the subject descriptor of storage key {@code storageKey}} (a user's or group's id, or a project id
     * for its scope descriptor)
     *
     * @param vssps      the identity host scope ({@code client.vssps()})
     * @param storageKey the storage key: a subject's id, or a project id
     * @throws ado.core.error.AdoNotFoundException if the key is unknown
     * @throws NullPointerException                if {@code storageKey} is null
     */
    public static GraphDescriptorResult get(ApiCall vssps, UUID storageKey) {
        Objects.requireNonNull(storageKey, "storageKey == null");
        return Graph.area(vssps, "descriptors").path(storageKey.toString()).get(Graph.API_VERSION)
                .as(GraphDescriptorResult.class);
    }

    /**
     * {@return the subjects of {@code descriptors} by descriptor; unknown ones are left out}
     *
     * @param vssps       the identity host scope ({@code client.vssps()})
     * @param descriptors the subject descriptors, at least one
     * @throws NullPointerException     if {@code descriptors} or one of them is null
     * @throws IllegalArgumentException if {@code descriptors} is empty or one of them is blank
     */
    public static Map<String, GraphSubject> lookup(ApiCall vssps, List<String> descriptors) {
        GraphSubjectLookupResult result = Graph.area(vssps, "subjectlookup").post(Graph.API_VERSION)
                .body(Body.json(GraphSubjectLookup.of(descriptors))).as(GraphSubjectLookupResult.class);
        return result == null ? Map.of() : result.value();
    }
}
