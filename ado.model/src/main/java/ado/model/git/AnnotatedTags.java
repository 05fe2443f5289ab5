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

    /** {@return the created tag; build the request with {@link GitAnnotatedTag#of}} */
    public static GitAnnotatedTag create(ApiCall repo, GitAnnotatedTag tag) {
        Objects.requireNonNull(tag, "tag == null");
        return repo.path("annotatedtags").post(API_VERSION).body(Body.json(tag)).as(GitAnnotatedTag.class);
    }

    /**
     * {@return the annotated tag whose tag object is {@code objectId}}
     *
     * @throws ado.core.error.AdoNotFoundException if there is none (a lightweight tag has no tag object)
     */
    public static GitAnnotatedTag get(ApiCall repo, String objectId) {
        return repo.path("annotatedtags", Checks.sha(objectId, "objectId")).get(API_VERSION)
                .as(GitAnnotatedTag.class);
    }
}
