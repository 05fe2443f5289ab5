package ado.model.git;

import ado.core.ApiCall;
import java.util.List;

/** Branch statistics ({@code .../stats/branches}); {@code repo} is a repository scope. */
public final class Stats {

    /** The api-version of these operations. */
    public static final String API_VERSION = "7.1";

    private Stats() {
    }

    /** {@return ahead/behind counts of every branch against {@code baseBranch}, or the default branch if null} */
    public static List<GitBranchStats> branches(ApiCall repo, String baseBranch) {
        return base(repo, baseBranch).get(API_VERSION).asList(GitBranchStats.class);
    }

    /** {@return ahead/behind counts of branch {@code name} against {@code baseBranch} (null: default branch)} */
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
