package ado.model.build;

import ado.core.ApiCall;
import ado.core.Body;
import ado.core.Paging;
import ado.core.json.JsonObject;
import ado.model.git.ResourceRef;
import ado.model.internal.Checks;
import ado.model.internal.Copies;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Builds ({@code {project}/_apis/build/builds}); {@code project} is a project scope such as
 * {@code client.api().project("Fabrikam")}. Tags, logs and artifacts have their own classes ({@link BuildTags},
 * {@link BuildLogs}, {@link BuildArtifacts}); definitions are in {@link BuildDefinitions}.
 */
public final class Builds {

    /** The api-version of these operations. */
    public static final String API_VERSION = "7.1";

    private Builds() {
    }

    static ApiCall scope(ApiCall project, int buildId) {
        return project.build(Copies.positive(buildId, "buildId"));
    }

    /**
     * {@return the queued build (status notStarted)}
     *
     * @param project the project scope ({@code client.api().project(name)})
     * @param request the definition, branch, commit, parameters and variables
     * @throws ado.core.error.AdoNotFoundException   if the definition does not exist (TF215016)
     * @throws ado.core.error.AdoBadRequestException if the branch does not resolve or a parameter is invalid
     * @throws NullPointerException                  if {@code request} is null
     */
    public static Build queue(ApiCall project, BuildQueueRequest request) {
        Objects.requireNonNull(request, "request == null");
        return project.apis("build", "builds").post(API_VERSION).body(Body.json(request)).as(Build.class);
    }

    /**
     * {@return build {@code buildId}}
     *
     * @param project the project scope ({@code client.api().project(name)})
     * @param buildId the build id, positive
     * @throws ado.core.error.AdoNotFoundException if there is none
     * @throws IllegalArgumentException            if {@code buildId} is not positive
     */
    public static Build get(ApiCall project, int buildId) {
        return scope(project, buildId).get(API_VERSION).as(Build.class);
    }

    /**
     * {@return the builds {@code filter} selects, fetched lazily page by page (continuation token header)}
     *
     * @param project the project scope ({@code client.api().project(name)})
     * @param filter  which builds, in which order, in pages of which size
     * @throws NullPointerException if {@code filter} is null
     */
    public static Stream<Build> list(ApiCall project, BuildFilter filter) {
        Objects.requireNonNull(filter, "filter == null");
        return project.apis("build", "builds").query(filter.query()).get(API_VERSION)
                .stream(Paging.continuationHeader(Build.class));
    }

    /**
     * {@return the build after {@code update} (cancel, keep forever)}
     *
     * @param project the project scope ({@code client.api().project(name)})
     * @param buildId the build id, positive
     * @param update  the change, such as {@link BuildUpdate#cancel()}
     * @throws NullPointerException     if {@code update} is null
     * @throws IllegalArgumentException if {@code buildId} is not positive
     */
    public static Build update(ApiCall project, int buildId, BuildUpdate update) {
        Objects.requireNonNull(update, "update == null");
        return scope(project, buildId).patch(API_VERSION).body(Body.json(update)).as(Build.class);
    }

    /**
     * {@return the build after asking it to cancel}
     *
     * @param project the project scope ({@code client.api().project(name)})
     * @param buildId the build id, positive
     * @throws ado.core.error.AdoBadRequestException if it has completed
     * @throws IllegalArgumentException              if {@code buildId} is not positive
     */
    public static Build cancel(ApiCall project, int buildId) {
        return update(project, buildId, BuildUpdate.cancel());
    }

    /**
     * {@return the build after re-running its failed, canceled and skipped stages}
     *
     * @param project the project scope ({@code client.api().project(name)})
     * @param buildId the build id, positive
     * @throws ado.core.error.AdoBadRequestException if it has not completed or it succeeded
     * @throws IllegalArgumentException              if {@code buildId} is not positive
     */
    public static Build retry(ApiCall project, int buildId) {
        return scope(project, buildId).query("retry", true).patch(API_VERSION).body(Body.json(JsonObject.EMPTY))
                .as(Build.class);
    }

    /**
     * {@return the build after setting keep-forever}
     *
     * @param project the project scope ({@code client.api().project(name)})
     * @param buildId the build id, positive
     * @param keep    whether to keep the build forever (exempt from retention)
     * @throws IllegalArgumentException if {@code buildId} is not positive
     */
    public static Build keepForever(ApiCall project, int buildId, boolean keep) {
        return update(project, buildId, BuildUpdate.keepForever(keep));
    }

    /**
     * Deletes the build.
     *
     * @param project the project scope ({@code client.api().project(name)})
     * @param buildId the build id, positive
     * @throws IllegalArgumentException if {@code buildId} is not positive
     */
    public static void delete(ApiCall project, int buildId) {
        scope(project, buildId).delete(API_VERSION).send();
    }

    /**
     * {@return the build's timeline: every stage, phase, job and task record}
     *
     * @param project the project scope ({@code client.api().project(name)})
     * @param buildId the build id, positive
     * @throws IllegalArgumentException if {@code buildId} is not positive
     */
    public static Timeline timeline(ApiCall project, int buildId) {
        return scope(project, buildId).path("timeline").get(API_VERSION).as(Timeline.class);
    }

    /**
     * {@return the source changes the build included (since the previous build of its definition and branch)}
     *
     * @param project the project scope ({@code client.api().project(name)})
     * @param buildId the build id, positive
     * @throws IllegalArgumentException if {@code buildId} is not positive
     */
    public static List<Change> changes(ApiCall project, int buildId) {
        return scope(project, buildId).path("changes").get(API_VERSION).asList(Change.class);
    }

    /**
     * {@return all the work items linked to the build's changes}
     * The API takes {@code $top} (the service's default is 50) but no offset, so this asks with a large
     * {@code $top} and, while a full page comes back, again with a larger one.
     *
     * @param project the project scope ({@code client.api().project(name)})
     * @param buildId the build id, positive
     * @throws IllegalArgumentException if {@code buildId} is not positive
     */
    public static List<ResourceRef> workItems(ApiCall project, int buildId) {
        return all(scope(project, buildId).path("workitems"));
    }

    /**
     * {@return at most {@code top} of the work items linked to the build's changes}
     *
     * @param project the project scope ({@code client.api().project(name)})
     * @param buildId the build id, positive
     * @param top     the most work items to return, positive
     * @throws IllegalArgumentException if {@code buildId} or {@code top} is not positive
     */
    public static List<ResourceRef> workItems(ApiCall project, int buildId, int top) {
        return scope(project, buildId).path("workitems").query("$top", Copies.positive(top, "top")).get(API_VERSION)
                .asList(ResourceRef.class);
    }

    /** The first {@code $top} of {@link #all}. */
    private static final int FIRST_TOP = 1000;

    /** The most {@code $top} {@link #all} asks for. */
    private static final int MAX_TOP = 1 << 20;

    /** {@return the whole list {@code call} answers: asks again with a larger {@code $top} while a page is full} */
    private static List<ResourceRef> all(ApiCall call) {
        for (int top = FIRST_TOP; ; top = Math.min(MAX_TOP, top * 4)) {
            List<ResourceRef> page = call.query("$top", top).get(API_VERSION).asList(ResourceRef.class);
            if (page.size() < top || top == MAX_TOP) {
                return page;
            }
        }
    }

    /**
     * {@return the work items linked to commits {@code commitIds} of the build's repository}
     *
     * @param project   the project scope ({@code client.api().project(name)})
     * @param buildId   the build id, positive
     * @param commitIds the commit SHA-1s (40 lowercase hex digits each); {@code null} for none
     * @throws NullPointerException     if one of {@code commitIds} is null
     * @throws IllegalArgumentException if {@code buildId} is not positive or a commit id is not a SHA-1
     */
    public static List<ResourceRef> workItemsOfCommits(ApiCall project, int buildId, List<String> commitIds) {
        List<String> ids = Copies.list(commitIds, "commitIds");
        ids.forEach(id -> Checks.sha(id, "commitIds"));
        return scope(project, buildId).path("workitems").post(API_VERSION).body(Body.json(ids))
                .asList(ResourceRef.class);
    }

    /**
     * {@return all the work items linked to changes after build {@code fromBuildId} up to build {@code toBuildId}}
     * Asks again with a larger {@code $top} while a full page comes back, as {@link #workItems(ApiCall, int)}.
     *
     * @param project     the project scope ({@code client.api().project(name)})
     * @param fromBuildId the earlier build (exclusive), positive
     * @param toBuildId   the later build (inclusive), positive
     * @throws IllegalArgumentException if {@code fromBuildId} or {@code toBuildId} is not positive
     */
    public static List<ResourceRef> workItemsBetween(ApiCall project, int fromBuildId, int toBuildId) {
        return all(between(project, fromBuildId, toBuildId));
    }

    /**
     * {@return at most {@code top} of the work items linked to changes after build {@code fromBuildId} up to build
     * {@code toBuildId}}
     *
     * @param project     the project scope ({@code client.api().project(name)})
     * @param fromBuildId the earlier build (exclusive), positive
     * @param toBuildId   the later build (inclusive), positive
     * @param top         the most work items to return, positive
     * @throws IllegalArgumentException if {@code fromBuildId}, {@code toBuildId} or {@code top} is not positive
     */
    public static List<ResourceRef> workItemsBetween(ApiCall project, int fromBuildId, int toBuildId, int top) {
        return between(project, fromBuildId, toBuildId).query("$top", Copies.positive(top, "top")).get(API_VERSION)
                .asList(ResourceRef.class);
    }

    private static ApiCall between(ApiCall project, int fromBuildId, int toBuildId) {
        return project.apis("build", "workitems").query("fromBuildId", Copies.positive(fromBuildId, "fromBuildId"))
                .query("toBuildId", Copies.positive(toBuildId, "toBuildId"));
    }

    /**
     * {@return the changes after build {@code fromBuildId} up to build {@code toBuildId}}
     *
     * @param project     the project scope ({@code client.api().project(name)})
     * @param fromBuildId the earlier build (exclusive), positive
     * @param toBuildId   the later build (inclusive), positive
     * @throws IllegalArgumentException if {@code fromBuildId} or {@code toBuildId} is not positive
     */
    public static List<Change> changesBetween(ApiCall project, int fromBuildId, int toBuildId) {
        return project.apis("build", "changes").query("fromBuildId", Copies.positive(fromBuildId, "fromBuildId"))
                .query("toBuildId", Copies.positive(toBuildId, "toBuildId")).get(API_VERSION)
                .asList(Change.class);
    }
}
