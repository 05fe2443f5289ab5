package ado.model.git;

import ado.core.ApiCall;
import ado.core.Body;
import ado.model.internal.Checks;
import java.util.Objects;

/** Annotated tags ({@code .../annotatedtags}); {@code repo} is a repository scope. */
public final class AnnotatedTags {

    /** The api-version of these operations. */
    public static final String API_VERSION = "7.1-preview.1";

    private AnnotatedTags() {
    }

    /**
     * {@return the created tag; build the request with {@link GitAnnotatedTag#of}}
     *
     * @param repo the repository scope, {@code client.api().project(p).repository(idOrName)}
     * @param tag  the tag name, the tagged commit and the message
     * @throws ado.core.error.AdoNotFoundException if there is no such repository
     * @throws NullPointerException                if {@code tag} is null
     */
    public static GitAnnotatedTag create(ApiCall repo, GitAnnotatedTag tag) {
        Objects.requireNonNull(tag, "tag == null");
        return repo.path("annotatedtags").post(API_VERSION).body(Body.json(tag)).as(GitAnnotatedTag.class);
    }

    /**
     * {@return the annotated tag whose tag object is {@code objectId}}
     *
     * @param repo     the repository scope, {@code client.api().project(p).repository(idOrName)}
     * @param objectId the id of the tag object, 40 lowercase hex digits
     * @throws ado.core.error.AdoNotFoundException if there is none (a lightweight tag has no tag object)
     * @throws NullPointerException                if {@code objectId} is null
     * @throws IllegalArgumentException            if {@code objectId} is not a SHA-1
     */
    public static GitAnnotatedTag get(ApiCall repo, String objectId) {
        return repo.path("annotatedtags", Checks.sha(objectId, "objectId")).get(API_VERSION)
                .as(GitAnnotatedTag.class);
    }
}
