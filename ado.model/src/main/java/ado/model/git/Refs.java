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
     * {@link GitRef#peeledObjectId()}}; a failed page throws from the stream
     *
     * @param repo   the repository scope, {@code client.api().project(p).repository(idOrName)}
     * @param prefix the name prefix after {@code refs/}, or {@code null} for all refs
     * @throws ado.core.error.AdoNotFoundException from the stream if there is no such repository
     */
    public static Stream<GitRef> list(ApiCall repo, String prefix) {
        return repo.path("refs").query("filter", prefix).query("peelTags", true).get(API_VERSION)
                .stream(Paging.continuationHeader(GitRef.class));
    }

    /**
     * {@return the refs whose name starts with {@code refs/} + {@code prefix} and contains {@code contains}
     * ({@code filterContains}; the service matches it ignoring case), following continuation tokens lazily;
     * annotated tags come with their commit in {@link GitRef#peeledObjectId()}}; a failed page throws from the
     * stream
     *
     * @param repo     the repository scope, {@code client.api().project(p).repository(idOrName)}
     * @param prefix   the name prefix after {@code refs/}, or {@code null} for all refs
     * @param contains the text the name must contain, not blank
     * @throws ado.core.error.AdoNotFoundException from the stream if there is no such repository
     * @throws NullPointerException                if {@code contains} is null
     * @throws IllegalArgumentException            if {@code contains} is blank
     */
    public static Stream<GitRef> list(ApiCall repo, String prefix, String contains) {
        Checks.nonBlank(contains, "contains");
        return repo.path("refs").query("filter", prefix).query("filterContains", contains).query("peelTags", true)
                .get(API_VERSION).stream(Paging.continuationHeader(GitRef.class));
    }

    /**
     * {@return the branches ({@code refs/heads/...}), fetched lazily}
     *
     * @param repo the repository scope, {@code client.api().project(p).repository(idOrName)}
     * @throws ado.core.error.AdoNotFoundException from the stream if there is no such repository
     */
    public static Stream<GitRef> branches(ApiCall repo) {
        return list(repo, "heads/");
    }

    /**
     * {@return the tags ({@code refs/tags/...}), fetched lazily}
     *
     * @param repo the repository scope, {@code client.api().project(p).repository(idOrName)}
     * @throws ado.core.error.AdoNotFoundException from the stream if there is no such repository
     */
    public static Stream<GitRef> tags(ApiCall repo) {
        return list(repo, "tags/");
    }

    /**
     * {@return the ref named exactly {@code fullName} (such as {@code refs/heads/main}), if it exists}
     *
     * @param repo     the repository scope, {@code client.api().project(p).repository(idOrName)}
     * @param fullName the full ref name
     * @throws ado.core.error.AdoNotFoundException if there is no such repository
     * @throws NullPointerException                if {@code fullName} is null
     * @throws IllegalArgumentException            if {@code fullName} is not a well-formed full ref name
     */
    public static Optional<GitRef> find(ApiCall repo, String fullName) {
        String name = Checks.refName(fullName, "fullName");
        try (Stream<GitRef> refs = list(repo, name.substring("refs/".length()))) {
            return refs.filter(r -> r.name().equals(name)).findFirst();
        }
    }

    /**
     * {@return branch {@code name}, matched exactly, if it exists}
     *
     * @param repo the repository scope, {@code client.api().project(p).repository(idOrName)}
     * @param name the branch name, short ({@code main}) or full ({@code refs/heads/main})
     * @throws ado.core.error.AdoNotFoundException if there is no such repository
     * @throws NullPointerException                if {@code name} is null
     * @throws IllegalArgumentException            if {@code name} is blank or not a well-formed branch name
     */
    public static Optional<GitRef> branch(ApiCall repo, String name) {
        return find(repo, RefNames.branch(name));
    }

    /**
     * {@return the outcome of each update}; a 200 can hold failed updates, see {@link GitRefUpdateResult#success()}
     *
     * @param repo    the repository scope, {@code client.api().project(p).repository(idOrName)}
     * @param updates the ref creations, moves and deletions
     * @throws ado.core.error.AdoNotFoundException if there is no such repository
     * @throws NullPointerException                if {@code updates} is null or contains null
     */
    public static List<GitRefUpdateResult> update(ApiCall repo, List<GitRefUpdate> updates) {
        Objects.requireNonNull(updates, "updates == null");
        return repo.path("refs").post(API_VERSION).body(Body.json(List.copyOf(updates)))
                .asList(GitRefUpdateResult.class);
    }
}
