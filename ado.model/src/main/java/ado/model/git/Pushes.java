package ado.model.git;

import ado.core.ApiCall;
import ado.core.Body;
import java.util.Objects;

/** The pushes of a repository ({@code .../pushes}); {@code repo} is a repository scope. */
public final class Pushes {

    /** The api-version of these operations. */
    public static final String API_VERSION = "7.1";

    private Pushes() {
    }

    /**
     * {@return the push as the server applied it}
     *
     * @param repo the repository scope, {@code client.api().project(p).repository(idOrName)}
     * @param push the ref update and commits, from {@link GitPush#of}
     * @throws ado.core.error.AdoConflictException if a ref's {@code oldObjectId} no longer holds (nothing changed)
     * @throws ado.core.error.AdoNotFoundException if there is no such repository
     * @throws NullPointerException                if {@code push} is null
     */
    public static GitPushResult create(ApiCall repo, GitPush push) {
        Objects.requireNonNull(push, "push == null");
        return repo.path("pushes").post(API_VERSION).body(Body.json(push)).as(GitPushResult.class);
    }

    /**
     * {@return push {@code pushId}}
     *
     * @param repo   the repository scope, {@code client.api().project(p).repository(idOrName)}
     * @param pushId the push id
     * @throws ado.core.error.AdoNotFoundException if there is no such repository or push
     */
    public static GitPushResult get(ApiCall repo, int pushId) {
        return repo.path("pushes", Integer.toString(pushId)).get(API_VERSION).as(GitPushResult.class);
    }
}
