package ado.oop;

import ado.model.git.RefNames;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Options of {@link Repository#commit(String, String, java.util.List, CommitOptions)}. Immutable; the
 * {@code with...} methods return copies.
 *
 * <pre>{@code
 * repo.commit("feature/x", "Start x", List.of(AddFile.of("/x.md", "# X\n")), CommitOptions.createBranchFrom("main"));
 * }</pre>
 *
 * <p><b>Thread safety.</b> Immutable and thread-safe.
 */
public final class CommitOptions {

    private static final CommitOptions DEFAULTS = new CommitOptions(null, null);

    private final String createBranchFrom;
    private final String expectedHead;

    private CommitOptions(String createBranchFrom, String expectedHead) {
        this.createBranchFrom = createBranchFrom;
        this.expectedHead = expectedHead;
    }

    /** {@return the defaults: the branch must exist, and its head is read just before pushing} */
    public static CommitOptions defaults() {
        return DEFAULTS;
    }

    /**
     * {@return options that create the branch when it is missing, starting at {@code branchOrCommit}: a branch
     * name (short or full) or a commit id; {@link ado.model.git.GitRefUpdate#ZERO_SHA} starts a history with no
     * parent (the first commit of an empty repository)}
     *
     * @param branchOrCommit a branch name (short or full) or a commit id
     */
    public static CommitOptions createBranchFrom(String branchOrCommit) {
        return DEFAULTS.withCreateBranchFrom(branchOrCommit);
    }

    /**
     * {@return options that push on top of {@code commitId} instead of the head read just before pushing, so a
     * caller that read the branch earlier gets a conflict if it moved since}
     *
     * @param commitId a commit id, 40 hex digits
     */
    public static CommitOptions expectedHead(String commitId) {
        return DEFAULTS.withExpectedHead(commitId);
    }

    /**
     * {@return a copy that creates a missing branch from {@code branchOrCommit}}
     *
     * @param branchOrCommit a branch name (short or full) or a commit id
     */
    public CommitOptions withCreateBranchFrom(String branchOrCommit) {
        Objects.requireNonNull(branchOrCommit, "branchOrCommit == null");
        if (branchOrCommit.isBlank()) {
            throw new IllegalArgumentException("branchOrCommit must not be blank");
        }
        return new CommitOptions(branchOrCommit, expectedHead);
    }

    /**
     * {@return a copy that expects the branch head to be {@code commitId}}
     *
     * @param commitId a commit id, 40 hex digits
     */
    public CommitOptions withExpectedHead(String commitId) {
        if (!RefNames.isSha(commitId)) {
            throw new IllegalArgumentException("expectedHead must be 40 hex digits: '" + commitId + "'");
        }
        return new CommitOptions(createBranchFrom, commitId.toLowerCase(Locale.ROOT));
    }

    /** {@return where a missing branch starts, if it may be created} */
    public Optional<String> createBranchFrom() {
        return Optional.ofNullable(createBranchFrom);
    }

    /** {@return the head the push must build on, if fixed by the caller} */
    public Optional<String> expectedHead() {
        return Optional.ofNullable(expectedHead);
    }

    @Override
    public String toString() {
        return "CommitOptions[createBranchFrom=" + createBranchFrom + ", expectedHead=" + expectedHead + "]";
    }
}
