package ado.oop;

import ado.model.git.CommitStatuses;
import ado.model.git.Commits;
import ado.model.git.GitCommitRef;
import ado.model.git.GitPullRequest;
import ado.model.git.GitStatus;
import ado.model.git.GitUserDate;
import ado.model.git.PullRequests;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A commit of a repository. One object per commit per service; its details load on first use.
 *
 * <p><b>Thread safety.</b> Thread-safe: one object per commit per service; its details load once even when threads
 * ask together, and a commit never changes.
 */
public final class Commit {

    private final Repository repository;
    private final Resource<String, GitCommitRef> self;
    /** Whether the record came from a list or push answer, which may leave out the parents. */
    private volatile boolean partial;

    Commit(Repository repository, String id) {
        this.repository = repository;
        this.self = new Resource<>(id, k -> Commits.get(repository.api(), k));
    }

    /** {@return the repository's one object of commit {@code id} (40 hex digits, any case); no request} */
    static Commit of(Repository repository, String id) {
        if (!ado.model.git.RefNames.isSha(id)) {
            throw new IllegalArgumentException("id must be 40 hex digits: '" + id + "'");
        }
        String sha = id.toLowerCase(java.util.Locale.ROOT);
        return repository.identities().byId(Commit.class, "commit", repository, sha, () -> new Commit(repository, sha));
    }

    /** {@return the repository's one object of commit {@code ref}, its details set from {@code ref}} */
    static Commit of(Repository repository, GitCommitRef ref) {
        Commit c = of(repository, ref.commitId());
        c.offer(ref);
        return c;
    }

    /** {@return the repository} */
    public Repository repository() {
        return repository;
    }

    /** {@return the commit id (40 lowercase hex digits)} */
    public String id() {
        return self.key();
    }

    /** {@return the commit, loaded on first use (a commit from a list starts loaded)} */
    public GitCommitRef info() {
        return self.get();
    }

    /** {@return the message (as the server sent it; lists may truncate it)} */
    public String message() {
        return Optional.ofNullable(info().comment()).orElse("");
    }

    /** {@return the author, if the server sent one} */
    public Optional<GitUserDate> author() {
        return Optional.ofNullable(info().author());
    }

    /** {@return the parent commits; a commit that came from a list without its parents is loaded in full once} */
    public List<Commit> parents() {
        GitCommitRef record = info();
        if (record.parents().isEmpty() && partial) {        // lists leave parents out: read the commit itself
            record = self.reload();
            partial = false;
        }
        return record.parents().stream().map(repository::commit).toList();
    }

    /**
     * {@return the text of file {@code path} at this commit, or empty if there is no such file}
     *
     * @param path the file path; a missing leading {@code /} is added
     */
    public Optional<String> file(String path) {
        return repository.file(path, id());
    }

    /**
     * {@return the pull request whose completion created this commit (the merge or squash commit it made, its
     * {@code lastMergeCommit}), or empty if none did; one request, each call} A commit pushed straight to a branch,
     * or one of a pull request's source commits, has none. When several pull requests name the commit, the newest.
     * The pull request is its one object, holding the record the query returned.
     */
    public Optional<PullRequest> pullRequest() {
        return PullRequests.byMergeCommit(repository.api(), id()).stream()
                .max(Comparator.comparingInt(GitPullRequest::pullRequestId))
                .map(pr -> RepositoryPullRequests.of(repository, pr));
    }

    /**
     * {@return the statuses posted on this commit (CI results and the like), in the server's order,
     * each typed; fetched on each call, 1000 per request}
     */
    public List<GitStatus> statuses() {
        return CommitStatuses.list(repository.api(), id(), false).toList();
    }

    /**
     * {@return the newest status of each context (name and genre), as {@link #statuses()} lists them}
     */
    public List<GitStatus> latestStatuses() {
        return CommitStatuses.list(repository.api(), id(), true).toList();
    }

    /**
     * {@return {@code status} as posted on this commit}
     *
     * @param status the status, from {@link GitStatus#of}
     * @throws ado.core.error.AdoNotFoundException if the repository does not hold this commit
     */
    public GitStatus addStatus(GitStatus status) {
        return CommitStatuses.create(repository.api(), id(), status);
    }

    /** {@return this commit after loading it again} */
    public Commit refresh() {
        self.refresh(this);
        partial = false;
        return this;
    }

    /** Takes the record from a list or push answer, unless the full record is loaded already. */
    void offer(GitCommitRef value) {
        if (!self.loaded() || partial) {
            self.set(value);
            partial = true;
        }
    }

    @Override
    public String toString() {
        return "Commit[" + id().substring(0, Math.min(7, id().length())) + " in " + repository.label()
                + self.ifLoaded(c -> " " + Describe.quote(c.comment())) + "]";
    }
}
