package ado.oop;

import ado.model.git.GitCommit;
import java.util.List;
import java.util.Objects;

/**
 * One commit of a {@link Repository#pushCommits push of several commits}: its message and its file changes.
 *
 * <pre>{@code
 * List<Commit> pushed = repo.pushCommits("main", List.of(
 *         NewCommit.of("Add the guide", AddFile.of("/guide.md", "# Guide\n")),
 *         NewCommit.of("Link the guide", EditFile.of("/README.md", "See guide.md\n"))),
 *         CommitOptions.defaults());
 * }</pre>
 *
 * @param message the commit message, not blank
 * @param changes the file changes, applied in order; at least one
 *
 * <p><b>Thread safety.</b> Immutable and thread-safe.
 */
public record NewCommit(String message, List<FileChange> changes) {

    /**
     * Checks the message and copies the changes.
     *
     * @param message the commit message, not blank
     * @param changes the file changes, applied in order; at least one
     * @throws NullPointerException     if {@code message} or {@code changes} is null or holds null
     * @throws IllegalArgumentException if {@code message} is blank or {@code changes} is empty
     */
    public NewCommit {
        Objects.requireNonNull(message, "message == null");
        if (message.isBlank()) {
            throw new IllegalArgumentException("message must not be blank");
        }
        changes = List.copyOf(Objects.requireNonNull(changes, "changes == null"));
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("changes must not be empty (commit '" + message.strip() + "')");
        }
    }

    /**
     * {@return a commit with {@code message} and {@code changes}}
     *
     * @param message the commit message, not blank
     * @param changes the file changes, applied in order; at least one
     */
    public static NewCommit of(String message, FileChange... changes) {
        return new NewCommit(message, List.of(changes));
    }

    /** {@return the raw commit to push} */
    GitCommit toGitCommit() {
        return GitCommit.of(message, changes.stream().map(FileChange::toGitChange).toList());
    }

    /** {@return the first line of the message and the paths changed, never the contents} */
    @Override
    public String toString() {
        return "NewCommit[" + Describe.quote(message) + ", " + changes.stream().map(FileChange::path).toList() + "]";
    }
}
