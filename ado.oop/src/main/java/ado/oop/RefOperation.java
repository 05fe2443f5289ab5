package ado.oop;

import ado.core.error.AdoNotFoundException;
import ado.core.error.AdoTransportException;
import ado.core.json.JsonObject;
import ado.core.json.JsonString;
import ado.model.git.GitAsyncOperationStatus;
import ado.model.git.GitAsyncRefOperation;
import ado.model.git.GitAsyncRefOperationFailureStatus;
import ado.model.git.GitOperations;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A cherry-pick or a revert: commits (or a completed pull request's changes) applied onto a branch, or undone on
 * it, into a new branch. Azure DevOps runs it asynchronously: {@link #waitForCompletion(Duration, Duration)} polls
 * until it is completed or failed, within a bound; then {@link #createdBranch()} is the new branch, or
 * {@link #conflict()} and {@link #failureMessage()} tell why there is none. Start one with
 * {@link RepositoryOperations#cherryPick}, {@link RepositoryOperations#revert}, {@link PullRequest#cherryPick} or
 * {@link PullRequest#revert}.
 *
 * <pre>{@code
 * RefOperation pick = repo.operations().cherryPick("main", "hotfix/login",
 *         java.util.List.of("0123456789abcdef0123456789abcdef01234567"));
 * if (pick.waitForCompletion(java.time.Duration.ofMinutes(1)) && pick.succeeded()) {
 *     System.out.println(pick.createdBranch().orElseThrow().fullName());
 * }
 * }</pre>
 *
 * <p><b>Thread safety.</b> Thread-safe: one object per operation per service. Its record loads once even when
 * threads ask together; {@code refresh()} and polls replace it whole, so a reader sees the old record or the new one.
 */
public final class RefOperation {

    /** The poll interval of {@link #waitForCompletion(Duration)}. */
    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(1);

    /** What the operation does. */
    public enum Kind {
        /** Applies commits onto a branch ({@code .../cherryPicks}). */
        CHERRY_PICK("cherry-pick"),
        /** Undoes commits on a branch ({@code .../reverts}). */
        REVERT("revert");

        private final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    private final Repository repository;
    private final Kind kind;
    private final Resource<Integer, GitAsyncRefOperation> self;

    private RefOperation(Repository repository, Kind kind, int id) {
        this.repository = repository;
        this.kind = kind;
        this.self = new Resource<>(id, k -> checked(kind, kind == Kind.CHERRY_PICK
                ? GitOperations.cherryPick(repository.api(), k) : GitOperations.revert(repository.api(), k)));
    }

    /** {@return the one object of operation {@code id} of {@code kind} in {@code repository}; no request} */
    static RefOperation of(Repository repository, Kind kind, int id) {
        if (id <= 0) {
            throw new IllegalArgumentException("id must be positive: " + id);
        }
        return repository.identities().byId(RefOperation.class, kind.name(), repository, id,
                () -> new RefOperation(repository, kind, id));
    }

    /** {@return the one object of operation {@code value}, holding {@code value}} */
    static RefOperation of(Repository repository, Kind kind, GitAsyncRefOperation value) {
        RefOperation op = of(repository, kind, checked(kind, value).id());
        op.self.set(value);
        return op;
    }

    private static GitAsyncRefOperation checked(Kind kind, GitAsyncRefOperation value) {
        if ((kind == Kind.CHERRY_PICK ? value.cherryPickId() : value.revertId()) == null) {
            throw ClientFailures.unexpectedAnswer("the id of the " + kind.label + " (it sent another kind)");
        }
        return value;
    }

    /**
     * {@return the operation {@code start} created; after an answer lost on the way (it may have been created), the
     * latest {@code kind} that asked for {@code generatedRefName} onto {@code onto} with {@code source}, else
     * {@code start} once more}
     */
    static RefOperation start(Repository repository, Kind kind, String onto, String generatedRefName,
                              Supplier<JsonObject> source, Supplier<GitAsyncRefOperation> start) {
        AdoTransportException first = null;
        for (int attempt = 1; ; attempt++) {
            try {
                return of(repository, kind, start.get());
            } catch (AdoTransportException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
                Optional<GitAsyncRefOperation> landed = landed(repository, kind, onto, generatedRefName, source,
                        first);
                if (landed.isPresent()) {
                    return of(repository, kind, landed.get());
                }
                if (attempt == 2) {
                    throw first;
                }
            }
        }
    }

    private static Optional<GitAsyncRefOperation> landed(Repository repository, Kind kind, String onto,
                                                         String generated, Supplier<JsonObject> source,
                                                         AdoTransportException lost) {
        GitAsyncRefOperation found;
        try {
            found = kind == Kind.CHERRY_PICK ? GitOperations.cherryPickForRef(repository.api(), generated)
                    : GitOperations.revertForRef(repository.api(), generated);
        } catch (AdoNotFoundException e) {
            return Optional.empty();
        } catch (RuntimeException e) {
            lost.addSuppressed(e);
            throw lost;
        }
        JsonObject p = found.parameters();
        boolean same = p != null && p.get("ontoRefName") instanceof JsonString o && o.value().equals(onto)
                && p.get("source") instanceof JsonObject asked && sameSource(asked, source.get());
        return same ? Optional.of(checked(kind, found)) : Optional.empty();
    }

    /** {@return whether the source Azure DevOps echoes is the one sent: the same commit ids or pull request} */
    private static boolean sameSource(JsonObject echoed, JsonObject sent) {
        if (sent.get("pullRequestId") != null) {
            return echoed.get("pullRequestId") != null
                    && echoed.get("pullRequestId").toJson().equals(sent.get("pullRequestId").toJson());
        }
        return commitIds(echoed).equals(commitIds(sent));
    }

    private static java.util.List<String> commitIds(JsonObject source) {
        if (!(source.get("commitList") instanceof ado.core.json.JsonArray list)) {
            return java.util.List.of();
        }
        return list.values().stream().map(v -> v instanceof JsonObject c && c.get("commitId") instanceof JsonString id
                ? id.value().toLowerCase(java.util.Locale.ROOT) : "").toList();
    }

    /** {@return the repository} */
    public Repository repository() {
        return repository;
    }

    /** {@return the project} */
    public Project project() {
        return repository.project();
    }

    /** {@return whether it is a cherry-pick or a revert} */
    public Kind kind() {
        return kind;
    }

    /** {@return the operation id (a cherry-pick's or a revert's; they are counted apart)} */
    public int id() {
        return self.key();
    }

    /** {@return the operation as last read, loaded on first use} */
    public GitAsyncRefOperation info() {
        return self.get();
    }

    /** {@return this operation after reading it again} */
    public RefOperation refresh() {
        return self.refresh(this);
    }

    /** {@return the status as last read ({@code UNKNOWN} when the answer had none)} */
    public GitAsyncOperationStatus status() {
        GitAsyncOperationStatus s = info().status();
        return s == null ? GitAsyncOperationStatus.UNKNOWN : s;
    }

    /** {@return whether it has ended as last read: completed, failed or abandoned} */
    public boolean isDone() {
        return isDone(info());
    }

    private static boolean isDone(GitAsyncRefOperation op) {
        GitAsyncOperationStatus s = op.status();
        return s == GitAsyncOperationStatus.COMPLETED || s == GitAsyncOperationStatus.FAILED
                || s == GitAsyncOperationStatus.ABANDONED;
    }

    /** {@return whether it completed (as last read), so its branch exists} */
    public boolean succeeded() {
        return status() == GitAsyncOperationStatus.COMPLETED;
    }

    /** {@return whether it stopped on a conflict (as last read)} */
    public boolean conflict() {
        GitAsyncRefOperation.Detail d = info().detailedStatus();
        return d != null && Boolean.TRUE.equals(d.conflict());
    }

    /** {@return why it failed (as last read), if Azure DevOps said} */
    public Optional<String> failureMessage() {
        GitAsyncRefOperation.Detail d = info().detailedStatus();
        return Optional.ofNullable(d == null ? null : d.failureMessage());
    }

    /** {@return the kind of failure (as last read), if Azure DevOps said} */
    public Optional<GitAsyncRefOperationFailureStatus> failureStatus() {
        GitAsyncRefOperation.Detail d = info().detailedStatus();
        return Optional.ofNullable(d == null ? null : d.status());
    }

    /** {@return how far it got, from 0 to 1 (as last read), if Azure DevOps said} */
    public Optional<Double> progress() {
        GitAsyncRefOperation.Detail d = info().detailedStatus();
        return Optional.ofNullable(d == null ? null : d.progress());
    }

    /**
     * {@return the full name of the branch it creates, as asked}
     *
     * @throws ado.core.error.AdoJsonException if the answer lacks it
     */
    public String generatedRefName() {
        return parameter("generatedRefName");
    }

    /**
     * {@return the full name of the branch it applies onto, as asked}
     *
     * @throws ado.core.error.AdoJsonException if the answer lacks it
     */
    public String ontoRefName() {
        return parameter("ontoRefName");
    }

    private String parameter(String name) {
        JsonObject p = info().parameters();
        if (p != null && p.get(name) instanceof JsonString s) {
            return s.value();
        }
        throw ClientFailures.unexpectedAnswer("the " + name + " of " + kind.label + " " + id());
    }

    /** {@return the branch it created, once it completed (as last read); empty before and when it failed} */
    public Optional<Branch> createdBranch() {
        return succeeded() ? Optional.of(repository.branch(generatedRefName())) : Optional.empty();
    }

    /**
     * {@return {@code true} if it ended (completed or failed) within {@code timeout}, {@code false} if the time ran
     * out} Polls every {@link #DEFAULT_POLL_INTERVAL}; see {@link #waitForCompletion(Duration, Duration)}.
     *
     * @param timeout how long to wait; at least one poll is made unless it has ended already
     * @throws NullPointerException                 if {@code timeout} is null
     * @throws IllegalArgumentException             if {@code timeout} is negative
     * @throws ado.core.error.AdoTransportException if the calling thread is interrupted (its flag is set again)
     */
    public boolean waitForCompletion(Duration timeout) {
        return waitForCompletion(timeout, DEFAULT_POLL_INTERVAL);
    }

    /**
     * {@return {@code true} if it ended (completed, failed or abandoned) within {@code timeout}, {@code false} if the
     * time ran out} Reads the operation every {@code pollInterval} (at least once, and not at all when it has ended
     * already); the accessors then show the last read. A time-out returns {@code false}, an interrupt throws, a poll
     * that fails throws its exception.
     *
     * @param timeout      how long to wait; at least one poll is made unless it has ended already
     * @param pollInterval the time between polls, positive
     * @throws NullPointerException                 if an argument is null
     * @throws IllegalArgumentException             if {@code timeout} is negative or {@code pollInterval} not
     *                                              positive
     * @throws ado.core.error.AdoTransportException if the calling thread is interrupted (its flag is set again)
     */
    public boolean waitForCompletion(Duration timeout, Duration pollInterval) {
        Poller.check(timeout, pollInterval);
        if (self.loaded() && isDone()) {
            return true;
        }
        return isDone(Poller.until(self::reload, RefOperation::isDone, timeout, pollInterval,
                () -> kind.label + " " + id() + " of repository " + repository.label()));
    }

    @Override
    public String toString() {
        return "RefOperation[" + kind.label + " " + id() + " in " + repository.label()
                + self.ifLoaded(op -> Describe.field("status", op.status())) + "]";
    }
}
