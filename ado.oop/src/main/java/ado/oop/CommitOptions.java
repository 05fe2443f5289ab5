package ado.oop;

import java.util.Objects;
import java.util.Optional;

/**
 * Options of {@link Repository#commit(String, String, java.util.List, CommitOptions)}. Immutable.
 *
 * {@snippet :
 * repo.commit("feature/x", "Start x", List.of(AddFile.of("/x.md", "# X\n")), CommitOptions.createBranchFrom("main"));
 * }
 */
public final class CommitOptions {

    private static final CommitOptions DEFAULTS = new CommitOptions(null);

    private final String createBranchFrom;

    private CommitOptions(String createBranchFrom) {
        this.createBranchFrom = createBranchFrom;
    }

    /** {@return the defaults: the branch must exist} */
    public static CommitOptions defaults() {
        return DEFAULTS;
    }

    /**
     * {@return options that create the branch when it is missing, starting at {@code branchOrCommit} (a branch
     * name, short or full, or a commit id)}
     */
    public static CommitOptions createBranchFrom(String branchOrCommit) {
        Objects.requireNonNull(branchOrCommit, "branchOrCommit == null");
        if (branchOrCommit.isBlank()) {
            throw new IllegalArgumentException("branchOrCommit must not be blank");
        }
        return new CommitOptions(branchOrCommit);
    }

    /** {@return where a missing branch starts, if it may be created} */
    public Optional<String> createBranchFrom() {
        return Optional.ofNullable(createBranchFrom);
    }

    @Override
    public String toString() {
        return "CommitOptions[createBranchFrom=" + createBranchFrom + "]";
    }
}
