package ado.oop;

import ado.core.error.AdoNotFoundException;
import ado.core.json.JsonArray;
import ado.core.json.JsonObject;
import ado.core.json.JsonValue;
import ado.model.git.GitOperations;
import ado.model.git.RefNames;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Cherry-picks, reverts and trial merges of a repository ({@code .../cherryPicks}, {@code .../reverts},
 * {@code .../merges}); reached by {@link Repository#operations()}. Azure DevOps runs them asynchronously: a
 * started cherry-pick or revert is a {@link RefOperation} to poll, a merge check polls for you within a bound.
 *
 * <p><b>Thread safety.</b> Immutable and thread-safe; the operations it returns are the shared objects.
 */
public final class RepositoryOperations {

    private final Repository repository;

    RepositoryOperations(Repository repository) {
        this.repository = repository;
    }

    /** {@return the repository} */
    public Repository repository() {
        return repository;
    }

    /**
     * {@return the started cherry-pick of {@code commitIds} (oldest first) onto branch {@code onto} into the new
     * branch {@code newBranch}} After an answer lost on the way, the cherry-pick is looked up by its new branch and
     * asked for again only when Azure DevOps has none.
     *
     * @param onto      the branch to apply them onto, short or full ({@code main}, {@code refs/heads/main})
     * @param newBranch the branch to create with the result, short or full; must not exist
     * @param commitIds the commits, 40 hex digits each, oldest first
     * @throws NullPointerException                if an argument is null or {@code commitIds} holds null
     * @throws IllegalArgumentException            if a branch name is malformed, {@code commitIds} is empty or holds
     *                                             something else than a commit id (nothing is sent)
     * @throws ado.core.error.AdoNotFoundException if the repository, branch {@code onto} or a commit does not exist
     */
    public RefOperation cherryPick(String onto, String newBranch, List<String> commitIds) {
        return start(RefOperation.Kind.CHERRY_PICK, onto, newBranch, commitIds);
    }

    /**
     * {@return the started revert of {@code commitIds} on branch {@code onto} into the new branch
     * {@code newBranch}} (undone newest first). After an answer lost on the way, the revert is looked up by its new
     * branch and asked for again only when Azure DevOps has none.
     *
     * @param onto      the branch to undo them on, short or full
     * @param newBranch the branch to create with the result, short or full; must not exist
     * @param commitIds the commits, 40 hex digits each
     * @throws NullPointerException                if an argument is null or {@code commitIds} holds null
     * @throws IllegalArgumentException            if a branch name is malformed, {@code commitIds} is empty or holds
     *                                             something else than a commit id (nothing is sent)
     * @throws ado.core.error.AdoNotFoundException if the repository, branch {@code onto} or a commit does not exist
     */
    public RefOperation revert(String onto, String newBranch, List<String> commitIds) {
        return start(RefOperation.Kind.REVERT, onto, newBranch, commitIds);
    }

    private RefOperation start(RefOperation.Kind kind, String onto, String newBranch, List<String> commitIds) {
        String ontoRef = RefNames.branch(Objects.requireNonNull(onto, "onto == null"));
        String generated = RefNames.branch(Objects.requireNonNull(newBranch, "newBranch == null"));
        List<String> commits = Objects.requireNonNull(commitIds, "commitIds == null");
        Supplier<JsonObject> source = () -> JsonObject.builder().put("commitList", new JsonArray(commits.stream()
                .map(id -> (JsonValue) JsonObject.builder().put("commitId", id).build()).toList())).build();
        return RefOperation.start(repository, kind, ontoRef, generated, source, () -> kind == RefOperation.Kind
                .CHERRY_PICK ? GitOperations.cherryPick(repository.api(), ontoRef, generated, commits)
                : GitOperations.revert(repository.api(), ontoRef, generated, commits));
    }

    /** {@return the started cherry-pick or revert of completed pull request {@code pullRequestId}} */
    RefOperation startForPullRequest(RefOperation.Kind kind, String onto, String newBranch, int pullRequestId) {
        String ontoRef = RefNames.branch(Objects.requireNonNull(onto, "onto == null"));
        String generated = RefNames.branch(Objects.requireNonNull(newBranch, "newBranch == null"));
        Supplier<JsonObject> source = () -> JsonObject.builder().put("pullRequestId", pullRequestId).build();
        return RefOperation.start(repository, kind, ontoRef, generated, source, () -> kind == RefOperation.Kind
                .CHERRY_PICK ? GitOperations.cherryPickPullRequest(repository.api(), ontoRef, generated, pullRequestId)
                : GitOperations.revertPullRequest(repository.api(), ontoRef, generated, pullRequestId));
    }

    /**
     * {@return cherry-pick {@code id}; no request (it loads on first use)}
     *
     * @param id the cherry-pick id, positive
     * @throws IllegalArgumentException if {@code id} is not positive
     */
    public RefOperation cherryPick(int id) {
        return RefOperation.of(repository, RefOperation.Kind.CHERRY_PICK, id);
    }

    /**
     * {@return revert {@code id}; no request (it loads on first use)}
     *
     * @param id the revert id, positive
     * @throws IllegalArgumentException if {@code id} is not positive
     */
    public RefOperation revert(int id) {
        return RefOperation.of(repository, RefOperation.Kind.REVERT, id);
    }

    /**
     * {@return the latest cherry-pick that was asked to create branch {@code newBranch}, if any (Azure DevOps looks
     * at its 1000 most recent ones); one request}
     *
     * @param newBranch the branch, short or full
     * @throws NullPointerException     if {@code newBranch} is null
     * @throws IllegalArgumentException if {@code newBranch} is malformed
     */
    public Optional<RefOperation> cherryPickOf(String newBranch) {
        return of(RefOperation.Kind.CHERRY_PICK, newBranch);
    }

    /**
     * {@return the latest revert that was asked to create branch {@code newBranch}, if any (Azure DevOps looks at
     * its 1000 most recent ones); one request}
     *
     * @param newBranch the branch, short or full
     * @throws NullPointerException     if {@code newBranch} is null
     * @throws IllegalArgumentException if {@code newBranch} is malformed
     */
    public Optional<RefOperation> revertOf(String newBranch) {
        return of(RefOperation.Kind.REVERT, newBranch);
    }

    private Optional<RefOperation> of(RefOperation.Kind kind, String newBranch) {
        String generated = RefNames.branch(Objects.requireNonNull(newBranch, "newBranch == null"));
        try {
            return Optional.of(RefOperation.of(repository, kind, kind == RefOperation.Kind.CHERRY_PICK
                    ? GitOperations.cherryPickForRef(repository.api(), generated)
                    : GitOperations.revertForRef(repository.api(), generated)));
        } catch (AdoNotFoundException e) {
            return Optional.empty();
        }
    }

    /**
     * {@return whether {@code source} merges cleanly into {@code target}: a trial merge by Azure DevOps that moves
     * no branch, polled every {@link MergeCheck#POLL_INTERVAL} for at most {@code timeout}}
     *
     * @param target  the branch (short or full) or commit id merged into
     * @param source  the branch (short or full) or commit id to merge
     * @param timeout how long to wait for the outcome; {@link MergeCheck.Outcome#UNDECIDED} after it
     * @throws NullPointerException                 if an argument is null
     * @throws IllegalArgumentException             if {@code timeout} is negative
     * @throws ado.core.error.AdoNotFoundException  if a branch or commit does not exist
     * @throws ado.core.error.AdoTransportException if the calling thread is interrupted while waiting
     */
    public MergeCheck checkMerge(String target, String source, Duration timeout) {
        Objects.requireNonNull(target, "target == null");
        Objects.requireNonNull(source, "source == null");
        Poller.check(timeout, MergeCheck.POLL_INTERVAL);
        String ours = repository.resolve(target);
        String theirs = repository.resolve(source);
        return MergeCheck.run(repository, ours, theirs, "Merge check: " + source + " into " + target, timeout,
                MergeCheck.POLL_INTERVAL);
    }

    @Override
    public String toString() {
        return "RepositoryOperations[" + repository.label() + "]";
    }
}
