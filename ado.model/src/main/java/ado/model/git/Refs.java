package ado.model.git;

import ado.core.ApiCall;
import ado.core.Body;
import ado.core.Paging;
import ado.model.internal.Checks;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The refs of a repository ({@code .../refs}); {@code repo} is a repository scope such as
 * {@code client.api().project(p).repository(id)}. ADO's {@code filter} is a prefix filter; the lookups here match
 * names exactly.
 */
public final class Refs {

    /** The api-version of these operations. */
    public static final String API_VERSION = "7.1";

    private Refs() {
    }

    /**
     * {@return the refs whose name starts with {@code refs/} + {@code prefix} ({@code heads/}, {@code tags/}, or
     * {@code null} for all), following continuation tokens lazily; annotated tags come with their commit in
     * {@link GitRef#peeledObjectId()}}
     */
    public static Stream<GitRef> list(ApiCall repo, String prefix) {
        return repo.path("refs").query("filter", prefix).query("peelTags", true).get(API_VERSION)
                .stream(Paging.continuationHeader(GitRef.class));
    }

    /** {@return the branches ({@code refs/heads/...})} */
    public static Stream<GitRef> branches(ApiCall repo) {
        return list(repo, "heads/");
    }

    /** {@return the tags ({@code refs/tags/...})} */
    public static Stream<GitRef> tags(ApiCall repo) {
        return list(repo, "tags/");
    }

    /** {@return the ref named exactly {@code fullName} (such as {@code refs/heads/main}), if it exists} */
    public static Optional<GitRef> find(ApiCall repo, String fullName) {
        String name = Checks.refName(fullName, "fullName");
        try (Stream<GitRef> refs = list(repo, name.substring("refs/".length()))) {
            return refs.filter(r -> r.name().equals(name)).findFirst();
        }
    }

    /** {@return branch {@code name} (short or full), matched exactly, if it exists} */
    public static Optional<GitRef> branch(ApiCall repo, String name) {
        return find(repo, RefNames.branch(name));
    }

    /**
     * {@return the outcome of each update}; a 200 can hold failed updates, see {@link GitRefUpdateResult#success()}
     */
    public static List<GitRefUpdateResult> update(ApiCall repo, List<GitRefUpdate> updates) {
        Objects.requireNonNull(updates, "updates == null");
        return repo.path("refs").post(API_VERSION).body(Body.json(List.copyOf(updates)))
                .asList(GitRefUpdateResult.class);
    }
}
