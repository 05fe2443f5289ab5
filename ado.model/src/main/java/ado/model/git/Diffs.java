package ado.model.git;

import ado.core.ApiCall;
import ado.core.Paging;
import ado.core.json.JsonType;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Differences between two versions ({@code .../diffs/commits}); {@code repo} is a repository scope. By default
 * ADO compares the target with the merge base of the two.
 */
public final class Diffs {

    /** The api-version of these operations. */
    public static final String API_VERSION = "7.1";
    private static final int PAGE_SIZE = 100;

    private Diffs() {
    }

    /**
     * {@return the changes from {@code base} to {@code target}, fetched lazily 100 at a time with
     * {@code $top}/{@code $skip} until {@code allChangesIncluded}}; a failed page throws from the stream
     *
     * @param repo   the repository scope, {@code client.api().project(p).repository(idOrName)}
     * @param base   the version to compare from (branch, tag or commit)
     * @param target the version to compare to
     * @throws NullPointerException if {@code base} or {@code target} is null
     */
    public static Stream<GitChange> commits(ApiCall repo, GitVersionDescriptor base, GitVersionDescriptor target) {
        return call(repo, base, target).get(API_VERSION).stream(Paging.offset(JsonType.of(GitCommitDiffs.class),
                GitCommitDiffs::changes, GitCommitDiffs::allChangesIncluded, PAGE_SIZE, "$top", "$skip"));
    }

    /**
     * {@return one page: at most {@code top} changes after the first {@code skip}, with the counts}
     *
     * @param repo   the repository scope, {@code client.api().project(p).repository(idOrName)}
     * @param base   the version to compare from (branch, tag or commit)
     * @param target the version to compare to
     * @param top    the most changes to return ({@code $top})
     * @param skip   how many changes to skip ({@code $skip})
     * @throws ado.core.error.AdoNotFoundException if there is no such repository or version
     * @throws NullPointerException                if {@code base} or {@code target} is null
     */
    public static GitCommitDiffs page(ApiCall repo, GitVersionDescriptor base, GitVersionDescriptor target,
                                      int top, int skip) {
        return call(repo, base, target).query("$top", top).query("$skip", skip).get(API_VERSION)
                .as(GitCommitDiffs.class);
    }

    private static ApiCall call(ApiCall repo, GitVersionDescriptor base, GitVersionDescriptor target) {
        Objects.requireNonNull(base, "base == null");
        Objects.requireNonNull(target, "target == null");
        return repo.path("diffs", "commits")
                .query("baseVersion", base.version()).query("baseVersionType", type(base))
                .query("targetVersion", target.version()).query("targetVersionType", type(target));
    }

    private static String type(GitVersionDescriptor version) {
        return version.versionType().name().toLowerCase(java.util.Locale.ROOT);
    }
}
