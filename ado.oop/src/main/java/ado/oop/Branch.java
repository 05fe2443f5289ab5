package ado.oop;

import ado.model.git.GitCommitSearchCriteria;
import ado.model.git.GitRef;
import ado.model.git.GitVersionDescriptor;
import ado.model.git.RefNames;
import ado.model.git.Refs;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A branch of a repository, by exact name. A value: two branches are equal when they name the same ref of the
 * same repository. Creating one is free; it need not exist.
 *
 * <p><b>Thread safety.</b> Immutable and thread-safe.
 */
public final class Branch {

    private final Repository repository;
    private final String fullName;

    Branch(Repository repository, String fullName) {
        this.repository = repository;
        this.fullName = fullName;
    }

    /** {@return the repository} */
    public Repository repository() {
        return repository;
    }

    /** {@return the short name, such as {@code feature/x}} */
    public String name() {
        return RefNames.shortName(fullName);
    }

    /** {@return the full name, such as {@code refs/heads/feature/x}} */
    public String fullName() {
        return fullName;
    }

    /** {@return the ref, if the branch exists; one request, exact match} */
    public Optional<GitRef> ref() {
        return Refs.find(repository.api(), fullName);
    }

    /** {@return whether the branch exists; one request} */
    public boolean exists() {
        return ref().isPresent();
    }

    /** {@return the head commit, if the branch exists; one request} */
    public Optional<Commit> head() {
        return ref().map(r -> repository.commit(r.objectId()));
    }

    /** {@return the commits reachable from this branch, newest first, fetched lazily} */
    public Stream<Commit> commits() {
        return repository.commits(GitCommitSearchCriteria.from(GitVersionDescriptor.branch(fullName)));
    }

    /**
     * {@return the text of file {@code path} on this branch, or empty if there is no such file}
     *
     * @param path the file path; a missing leading {@code /} is added
     */
    public Optional<String> file(String path) {
        return repository.file(path, fullName);
    }

    /**
     * {@return the new commit on this branch}; see {@link Repository#commit(String, String, List, CommitOptions)}
     *
     * @param message the commit message
     * @param changes the file changes, applied in order
     */
    public Commit commit(String message, List<? extends FileChange> changes) {
        return repository.commit(fullName, message, changes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Branch b && b.repository == repository && b.fullName.equals(fullName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(System.identityHashCode(repository), fullName);
    }

    @Override
    public String toString() {
        return "Branch[" + repository.label() + ":" + name() + "]";
    }
}
