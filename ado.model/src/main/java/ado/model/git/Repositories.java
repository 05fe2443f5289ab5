package ado.model.git;

import ado.core.ApiCall;
import java.util.List;

/** The Git repositories of a project ({@code _apis/git/repositories}). */
public final class Repositories {

    /** The api-version of these operations. */
    public static final String API_VERSION = "7.1";

    private Repositories() {
    }

    /**
     * {@return the repositories of the project}
     *
     * @param project the project scope, {@code client.api().project(name)}
     * @throws ado.core.error.AdoNotFoundException if there is no such project
     */
    public static List<GitRepository> list(ApiCall project) {
        return project.apis("git", "repositories").get(API_VERSION).asList(GitRepository.class);
    }

    /**
     * {@return repository {@code idOrName} of the project scope {@code project}}
     *
     * @param project  the project scope, {@code client.api().project(name)}
     * @param idOrName the repository id or name
     * @throws ado.core.error.AdoNotFoundException if there is no such project or repository
     * @throws NullPointerException                if {@code idOrName} is null
     * @throws IllegalArgumentException            if {@code idOrName} is blank or a dot segment
     */
    public static GitRepository get(ApiCall project, String idOrName) {
        return project.repository(ApiCall.requireSegment(idOrName, "idOrName")).get(API_VERSION)
                .as(GitRepository.class);
    }
}
