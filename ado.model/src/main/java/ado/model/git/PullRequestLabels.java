package ado.model.git;

import ado.core.ApiCall;
import ado.core.Body;
import ado.model.internal.Checks;
import java.util.List;

/** The labels of a pull request ({@code .../pullrequests/{id}/labels}). */
public final class PullRequestLabels {

    private static final String VERSION = PullRequests.PREVIEW;

    private PullRequestLabels() {
    }

    /**
     * {@return the label {@code name} (trimmed), added if the pull request does not have it yet}
     *
     * @param repo          the repository scope, {@code client.api().project(p).repository(idOrName)}
     * @param pullRequestId the pull request id
     * @param name          the label text
     * @throws ado.core.error.AdoNotFoundException if there is no such repository or pull request
     * @throws NullPointerException                if {@code name} is null
     * @throws IllegalArgumentException            if {@code name} is blank (nothing is sent) or {@code pullRequestId}
     *                                             is not positive
     */
    public static WebApiTagDefinition add(ApiCall repo, int pullRequestId, String name) {
        return labels(repo, pullRequestId).post(VERSION).body(Body.json(WebApiTagDefinition.named(name)))
                .as(WebApiTagDefinition.class);
    }

    /**
     * {@return the labels of the pull request}
     *
     * @param repo          the repository scope, {@code client.api().project(p).repository(idOrName)}
     * @param pullRequestId the pull request id
     * @throws ado.core.error.AdoNotFoundException if there is no such repository or pull request
     * @throws IllegalArgumentException            if {@code pullRequestId} is not positive
     */
    public static List<WebApiTagDefinition> list(ApiCall repo, int pullRequestId) {
        return labels(repo, pullRequestId).get(VERSION).asList(WebApiTagDefinition.class);
    }

    /**
     * Removes the label {@code nameOrId}.
     *
     * @param repo          the repository scope, {@code client.api().project(p).repository(idOrName)}
     * @param pullRequestId the pull request id
     * @param nameOrId      the label text or id
     * @throws ado.core.error.AdoNotFoundException if there is no such repository, pull request or label
     * @throws NullPointerException                if {@code nameOrId} is null
     * @throws IllegalArgumentException            if {@code nameOrId} is blank or {@code pullRequestId} is not positive
     */
    public static void remove(ApiCall repo, int pullRequestId, String nameOrId) {
        labels(repo, pullRequestId).path(Checks.nonBlank(nameOrId, "nameOrId").strip()).delete(VERSION).send();
    }

    private static ApiCall labels(ApiCall repo, int pullRequestId) {
        return PullRequests.scope(repo, pullRequestId).path("labels");
    }
}
