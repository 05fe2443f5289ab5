package ado.model.git;

import ado.core.json.JsonEnumNumber;

/** What a pull request query ({@link GitPullRequestQueryInput}) searches by. */
public enum GitPullRequestQueryType {
    /** Not set. */
    @JsonEnumNumber(0) NOT_SET,
    /** The pull requests whose merge created the given commits (their {@code lastMergeCommit}). */
    @JsonEnumNumber(1) LAST_MERGE_COMMIT,
    /** The pull requests that merged the given commits. */
    @JsonEnumNumber(2) COMMIT,
    /** A type this version of ado4j does not know. */
    UNKNOWN
}
