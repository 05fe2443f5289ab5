package ado.oop;

import ado.model.git.GitAsyncOperationStatus;
import ado.model.git.GitMerge;
import ado.model.git.GitOperations;
import java.time.Duration;
import java.util.Optional;

/**
 * Whether one commit merges cleanly into another: the outcome of a trial merge by Azure DevOps
 * ({@code .../merges}), which makes a merge commit without moving any branch. Made by
 * {@link PullRequest#checkMerge(Duration)} before completing a pull request, or by
 * {@link RepositoryOperations#checkMerge(String, String, Duration)} for any two branches or commits.
 *
 * <p><b>Thread safety.</b> Immutable and thread-safe.
 */
public final class MergeCheck {

    /** The poll interval of the checks. */
    public static final Duration POLL_INTERVAL = Duration.ofMillis(500);

    /** What the trial merge found. */
    public enum Outcome {
        /** It merged cleanly: {@link #mergeCommitId()} is the trial merge commit. */
        MERGEABLE,
        /** It failed, usually on conflicts: {@link #failureMessage()} says why. */
        NOT_MERGEABLE,
        /** It did not end within the time allowed (or was abandoned): ask again later. */
        UNDECIDED
    }

    private final Outcome outcome;
    private final String targetCommitId;
    private final String sourceCommitId;
    private final GitMerge merge;

    private MergeCheck(String targetCommitId, String sourceCommitId, GitMerge merge) {
        this.targetCommitId = targetCommitId;
        this.sourceCommitId = sourceCommitId;
        this.merge = merge;
        GitAsyncOperationStatus s = merge.status();
        this.outcome = s == GitAsyncOperationStatus.COMPLETED ? Outcome.MERGEABLE
                : s == GitAsyncOperationStatus.FAILED ? Outcome.NOT_MERGEABLE : Outcome.UNDECIDED;
    }

    /** {@return the outcome of merging the heads of active pull request {@code pr} (just read as {@code info})} */
    static MergeCheck of(PullRequest pr, ado.model.git.GitPullRequest info, Duration timeout) {
        if (info.status() != ado.model.git.PullRequestStatus.ACTIVE) {
            throw new IllegalStateException("pull request " + pr.id() + " of repository "
                    + pr.repository().label() + " is " + info.status() + ", not active");
        }
        Repository repository = pr.repository();
        return run(repository, repository.resolve(info.targetRefName()), repository.resolve(info.sourceRefName()),
                "Merge check of pull request " + pr.id(), timeout, POLL_INTERVAL);
    }

    /**
     * {@return the outcome of merging commit {@code source} into commit {@code target} of {@code repository},
     * polled every {@code pollInterval} for at most {@code timeout}}
     */
    static MergeCheck run(Repository repository, String target, String source, String comment, Duration timeout,
                          Duration pollInterval) {
        Poller.check(timeout, pollInterval);
        GitMerge started = GitOperations.merge(repository.api(), target, source, comment);
        GitMerge last = isDone(started) ? started : Poller.until(
                () -> GitOperations.merge(repository.api(), started.mergeOperationId()), MergeCheck::isDone, timeout,
                pollInterval, () -> "merge check " + started.mergeOperationId() + " of repository "
                        + repository.label());
        return new MergeCheck(target, source, last);
    }

    private static boolean isDone(GitMerge merge) {
        GitAsyncOperationStatus s = merge.status();
        return s == GitAsyncOperationStatus.COMPLETED || s == GitAsyncOperationStatus.FAILED
                || s == GitAsyncOperationStatus.ABANDONED;
    }

    /** {@return what the trial merge found} */
    public Outcome outcome() {
        return outcome;
    }

    /** {@return whether it merged cleanly} */
    public boolean isMergeable() {
        return outcome == Outcome.MERGEABLE;
    }

    /** {@return the commit merged into (the first parent), 40 hex digits} */
    public String targetCommitId() {
        return targetCommitId;
    }

    /** {@return the commit merged (the second parent), 40 hex digits} */
    public String sourceCommitId() {
        return sourceCommitId;
    }

    /** {@return the trial merge commit, when it merged cleanly (no branch points at it)} */
    public Optional<String> mergeCommitId() {
        return Optional.ofNullable(merge.detailedStatus() == null ? null : merge.detailedStatus().mergeCommitId());
    }

    /** {@return why it did not merge, when Azure DevOps said (conflicts are named here)} */
    public Optional<String> failureMessage() {
        return Optional.ofNullable(merge.detailedStatus() == null ? null : merge.detailedStatus().failureMessage());
    }

    /** {@return the merge operation as last read} */
    public GitMerge merge() {
        return merge;
    }

    @Override
    public String toString() {
        return "MergeCheck[" + outcome + " " + sourceCommitId + " into " + targetCommitId
                + mergeCommitId().map(c -> " merge=" + c).orElse("")
                + failureMessage().map(m -> " failure=" + Describe.quote(m)).orElse("") + "]";
    }
}
