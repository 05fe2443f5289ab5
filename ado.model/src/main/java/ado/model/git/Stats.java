package ado.model.git;

import ado.core.ApiCall;
import java.util.List;

/** Branch statistics ({@code .../stats/branches}); {@code repo} is a repository scope. */
public final class Stats {

    /** The api-version of these operations. */
    public static final String API_VERSION = "7.1";

    private Stats() {
    }

    /**
     * {@return ahead/behind counts of every branch against {@code baseBranch}, or the default branch if null}
     *
     * @param repo       the repository scope, {@code client.api().project(p).repository(idOrName)}
     * @param baseBranch the branch to compare with, short or full, or {@code null} for the default branch
     * @throws ado.core.error.AdoNotFoundException if there is no such repository
     * @throws IllegalArgumentException            if {@code baseBranch} is not a well-formed branch name
     */
    public static List<GitBranchStats> branches(ApiCall repo, String baseBranch) {
        return base(repo, baseBranch).get(API_VERSION).asList(GitBranchStats.class);
    }

    /**
     * {@return ahead/behind counts of branch {@code name} against {@code baseBranch}}
     *
     * @param repo       the repository scope, {@code client.api().project(p).repository(idOrName)}
     * @param name       the branch, short or full
     * @param baseBranch the branch to compare with, or {@code null} for the default branch
     * @throws ado.core.error.AdoNotFoundException if there is no such repository or branch
     * @throws NullPointerException                if {@code name} is null
     * @throws IllegalArgumentException            if a branch name is not well-formed
     */
    public static GitBranchStats branch(ApiCall repo, String name, String baseBranch) {
        return base(repo, baseBranch).query("name", RefNames.shortName(RefNames.branch(name))).get(API_VERSION)
                .as(GitBranchStats.class);
    }

    private static ApiCall base(ApiCall repo, String baseBranch) {
        ApiCall call = repo.path("stats", "branches");
        return baseBranch == null ? call : call.query(GitVersionDescriptor.branch(baseBranch)
                .query("baseVersionDescriptor"));
    }
}
