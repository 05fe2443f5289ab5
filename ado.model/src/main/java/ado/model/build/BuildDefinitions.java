package ado.model.build;

import ado.core.ApiCall;
import ado.core.Body;
import ado.core.Paging;
import ado.core.json.JsonObject;
import ado.model.JsonPatchOperation;
import ado.model.internal.Copies;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** Build definitions ({@code {project}/_apis/build/definitions}): list, get, revisions and properties. */
public final class BuildDefinitions {

    /** The api-version of the properties operations. */
    public static final String PREVIEW = "7.1-preview.1";

    private BuildDefinitions() {
    }

    private static ApiCall scope(ApiCall project, int definitionId) {
        return project.apis("build", "definitions", Integer.toString(Copies.positive(definitionId, "definitionId")));
    }

    /**
     * {@return the project's definitions, fetched lazily (continuation token header)}
     *
     * @param project the project scope ({@code client.api().project(name)})
     */
    public static Stream<BuildDefinition> list(ApiCall project) {
        return project.apis("build", "definitions").get(Builds.API_VERSION)
                .stream(Paging.continuationHeader(BuildDefinition.class));
    }

    /**
     * {@return the definitions whose name matches {@code name} ({@code *} is a wildcard)}
     *
     * @param project the project scope ({@code client.api().project(name)})
     * @param name    the name to match, such as {@code web-*}
     * @throws NullPointerException if {@code name} is null
     */
    public static Stream<BuildDefinition> list(ApiCall project, String name) {
        Objects.requireNonNull(name, "name == null");
        return project.apis("build", "definitions").query("name", name).get(Builds.API_VERSION)
                .stream(Paging.continuationHeader(BuildDefinition.class));
    }

    /**
     * {@return definition {@code definitionId} with its process and repository}
     *
     * @param project      the project scope ({@code client.api().project(name)})
     * @param definitionId the build definition id, positive
     * @throws ado.core.error.AdoNotFoundException if there is none (TF215016)
     * @throws IllegalArgumentException            if {@code definitionId} is not positive
     */
    public static BuildDefinition get(ApiCall project, int definitionId) {
        return scope(project, definitionId).get(Builds.API_VERSION).as(BuildDefinition.class);
    }

    /**
     * {@return revision {@code revision} of the definition}
     *
     * @param project      the project scope ({@code client.api().project(name)})
     * @param definitionId the build definition id, positive
     * @param revision     the revision, from 1
     * @throws IllegalArgumentException if {@code definitionId} or {@code revision} is not positive
     */
    public static BuildDefinition get(ApiCall project, int definitionId, int revision) {
        return scope(project, definitionId).query("revision", Copies.positive(revision, "revision"))
                .get(Builds.API_VERSION).as(BuildDefinition.class);
    }

    /**
     * {@return the definition's revisions, oldest first}
     *
     * @param project      the project scope ({@code client.api().project(name)})
     * @param definitionId the build definition id, positive
     * @throws IllegalArgumentException if {@code definitionId} is not positive
     */
    public static List<BuildDefinitionRevision> revisions(ApiCall project, int definitionId) {
        return scope(project, definitionId).path("revisions").get(Builds.API_VERSION)
                .asList(BuildDefinitionRevision.class);
    }

    /**
     * {@return the definition's properties: {@code {"count", "value": {name: {"$type", "$value"}}}}}
     *
     * @param project      the project scope ({@code client.api().project(name)})
     * @param definitionId the build definition id, positive
     * @throws IllegalArgumentException if {@code definitionId} is not positive
     */
    public static JsonObject properties(ApiCall project, int definitionId) {
        return scope(project, definitionId).path("properties").get(PREVIEW).as(JsonObject.class);
    }

    /**
     * {@return the properties after applying the JSON Patch {@code operations} (add, replace, remove)}
     *
     * @param project      the project scope ({@code client.api().project(name)})
     * @param definitionId the build definition id, positive
     * @param operations   the JSON Patch operations on {@code /name} paths
     * @throws NullPointerException     if {@code operations} or one of them is null
     * @throws IllegalArgumentException if {@code definitionId} is not positive
     */
    public static JsonObject updateProperties(ApiCall project, int definitionId, List<JsonPatchOperation> operations) {
        Objects.requireNonNull(operations, "operations == null");
        return scope(project, definitionId).path("properties").patch(PREVIEW)
                .body(Body.jsonPatch(List.copyOf(operations))).as(JsonObject.class);
    }
}
