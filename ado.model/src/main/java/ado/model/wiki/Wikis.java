package ado.model.wiki;

import ado.core.ApiCall;
import ado.core.Body;
import ado.core.json.JsonObject;
import ado.model.internal.Checks;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Wikis ({@code {project}/_apis/wiki/wikis}); every method takes a project scope. */
public final class Wikis {

    /** The api-version of the wiki area. */
    public static final String API_VERSION = "7.1";

    private Wikis() {
    }

    /**
     * {@return the wikis of the project}
     *
     * @param project the project scope ({@code client.api().project(name)})
     */
    public static List<WikiV2> list(ApiCall project) {
        return project.apis("wiki", "wikis").get(API_VERSION).asList(WikiV2.class);
    }

    /**
     * {@return wiki {@code nameOrId}}
     *
     * @param project  the project scope ({@code client.api().project(name)})
     * @param nameOrId the wiki's name or id
     * @throws NullPointerException     if {@code nameOrId} is null
     * @throws IllegalArgumentException if {@code nameOrId} is blank
     */
    public static WikiV2 get(ApiCall project, String nameOrId) {
        return scope(project, nameOrId).get(API_VERSION).as(WikiV2.class);
    }

    /**
     * {@return the new project wiki {@code name} of project {@code projectId}}
     *
     * @param project   the project scope ({@code client.api().project(name)})
     * @param name      the wiki's name
     * @param projectId the id of the project
     * @throws NullPointerException     if {@code name} or {@code projectId} is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public static WikiV2 createProjectWiki(ApiCall project, String name, UUID projectId) {
        JsonObject body = JsonObject.builder().put("name", Checks.nonBlank(name, "name"))
                .put("projectId", Objects.requireNonNull(projectId, "projectId == null").toString())
                .put("type", "projectWiki").build();
        return project.apis("wiki", "wikis").post(API_VERSION).body(Body.json(body)).as(WikiV2.class);
    }

    /**
     * {@return a new code wiki publishing folder {@code mappedPath} of branch {@code branch} of a repository}
     *
     * @param project      the project scope ({@code client.api().project(name)})
     * @param name         the wiki's name
     * @param projectId    the id of the project
     * @param repositoryId the Git repository that holds the pages
     * @param mappedPath   the folder to publish, such as {@code /docs}
     * @param branch       the branch to publish, such as {@code main}
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code name}, {@code mappedPath} or {@code branch} is blank
     */
    public static WikiV2 createCodeWiki(ApiCall project, String name, UUID projectId, UUID repositoryId,
                                        String mappedPath, String branch) {
        JsonObject body = JsonObject.builder().put("name", Checks.nonBlank(name, "name"))
                .put("projectId", Objects.requireNonNull(projectId, "projectId == null").toString())
                .put("repositoryId", Objects.requireNonNull(repositoryId, "repositoryId == null").toString())
                .put("mappedPath", Checks.nonBlank(mappedPath, "mappedPath"))
                .put("version", JsonObject.builder().put("version", Checks.nonBlank(branch, "branch")).build())
                .put("type", "codeWiki").build();
        return project.apis("wiki", "wikis").post(API_VERSION).body(Body.json(body)).as(WikiV2.class);
    }

    /**
     * {@return the deleted (unpublished) wiki}
     *
     * @param project  the project scope ({@code client.api().project(name)})
     * @param nameOrId the wiki's name or id
     * @throws NullPointerException     if {@code nameOrId} is null
     * @throws IllegalArgumentException if {@code nameOrId} is blank
     */
    public static WikiV2 delete(ApiCall project, String nameOrId) {
        return scope(project, nameOrId).delete(API_VERSION).as(WikiV2.class);
    }

    static ApiCall scope(ApiCall project, String nameOrId) {
        return project.apis("wiki", "wikis", Checks.nonBlank(nameOrId, "wiki"));
    }
}
