package ado.model.git;

import ado.core.ApiCall;
import java.util.List;

/** The Git repositories of a project ({@code _apis/git/repositories}). */
public final class Repositories {

    /** The api-version of these operations. */
    public static final String API_VERSION = "7.1";

    private Repositories() {
    }

    /** {@return the repositories of the project scope {@code project} ({@code client.api().project(name)})} */
    public static List<GitRepository> list(ApiCall project) {
        return project.apis("git", "repositories").get(API_VERSION).asList(GitRepository.class);
    }

    /**
     * {@return repository {@code idOrName} of the project scope {@code project}}
     *
     * @throws ado.core.error.AdoNotFoundException if there is no such repository
     */
    public static GitRepository get(ApiCall project, String idOrName) {
        return project.repository(ApiCall.requireSegment(idOrName, "idOrName")).get(API_VERSION)
                .as(GitRepository.class);
    }
}
