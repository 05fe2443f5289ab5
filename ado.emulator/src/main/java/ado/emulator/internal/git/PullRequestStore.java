package ado.emulator.internal.git;

import ado.emulator.internal.http.AdoError;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The organisation's pull requests (ids are unique across the organisation, as in ADO). Every read and change
 * runs under the pull request's repository lock and first {@linkplain #sync syncs} the pull request with its
 * branches: a new source commit adds an iteration, the merge status is recomputed, and an auto-complete whose
 * conditions hold completes.
 */
public final class PullRequestStore {

    /** ADO's allowed votes. */
    public static final List<Integer> VOTES = List.of(10, 5, 0, -5, -10);

    private final Map<Integer, PullRequest> byId = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final AtomicInteger threadIds = new AtomicInteger();
    private final Clock clock;
    private volatile PolicyHook gate = pr -> Optional.empty();

    /** Where branch policies plug in: they see new pull requests and decide whether one may complete. */
    @FunctionalInterface
    public interface PolicyHook {
        /** {@return the error refusing completion of {@code pr} (called under its repository lock), if any} */
        Optional<AdoError> refusal(PullRequest pr);

        /** Told about a new pull request (under its repository lock), e.g. to add required reviewers. */
        default void created(PullRequest pr) {
        }
    }

    /** Sets the policies that see new pull requests and that completion (explicit or automatic) must pass. */
    public void gate(PolicyHook gate) {
        this.gate = Objects.requireNonNull(gate, "gate == null");
    }

    /** Creates the store. */
    public PullRequestStore(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock == null");
    }

    /** Creates a pull request from {@code source} into {@code target} (full ref names) with its first iteration. */
    public PullRequest create(Repository repo, String source, String target, String title, String description,
                              boolean draft, UUID creator, Signature me) {
        Refs.checkName(source);
        Refs.checkName(target);
        if (title == null || title.isBlank()) {
            throw AdoError.missingArgument("title");
        }
        return repo.locked(() -> {
            ObjectId s = branch(repo, source);
            ObjectId t = branch(repo, target);
            if (source.equals(target) || s.equals(t) && new Merger(repo.objects()).commitsBetween(t, s).isEmpty()) {
                throw AdoError.noCommitsToMerge(source, target);
            }
            boolean duplicate = byId.values().stream().anyMatch(p -> p.repository() == repo
                    && p.status().equals("active") && p.sourceRefName().equals(source) && p.targetRefName().equals(target));
            if (duplicate) {
                throw AdoError.pullRequestExists();
            }
            var pr = new PullRequest(ids.incrementAndGet(), repo, source, target, title, description == null ? ""
                    : description, creator, clock.instant());
            pr.draft(draft);
            pr.properties().put("Microsoft.Git.PullRequest.SourceRefName", property("System.String", source));
            pr.properties().put("Microsoft.Git.PullRequest.TargetRefName", property("System.String", target));
            byId.put(pr.id(), pr);
            gate.created(pr);
            sync(pr, me);
            return pr;
        });
    }

    static ado.core.json.JsonObject property(String type, ado.core.json.JsonValue value) {
        return ado.core.json.JsonObject.builder().put("$type", type).put("$value", value).build();
    }

    static ado.core.json.JsonObject property(String type, String value) {
        return property(type, new ado.core.json.JsonString(value));
    }

    /**
     * Runs {@code action} on pull request {@code id} under its repository lock, after syncing it; 404 TF401180 when
     * there is none (or it is not in {@code repo} / {@code projectId} when those are given).
     */
    public <T> T with(Repository repo, UUID projectId, int id, Signature me, Function<PullRequest, T> action) {
        PullRequest pr = byId.get(id);
        if (pr == null || repo != null && pr.repository() != repo
                || projectId != null && !pr.repository().projectId().equals(projectId)) {
            throw AdoError.pullRequestNotFound(id);
        }
        return pr.repository().locked(() -> {
            sync(pr, me);
            T result = action.apply(pr);
            sync(pr, me);
            return result;
        });
    }

    /** {@return the pull requests matching {@code filter}, newest first, each synced} */
    public List<PullRequest> list(Predicate<PullRequest> filter, Signature me) {
        var out = new ArrayList<PullRequest>();
        for (PullRequest pr : byId.values()) {
            boolean keep = pr.repository().locked(() -> {
                sync(pr, me);
                return filter.test(pr);
            });
            if (keep) {
                out.add(pr);
            }
        }
        out.sort((a, b) -> Integer.compare(b.id(), a.id()));
        return out;
    }

    /** {@return a new thread id (unique in the organisation)} */
    public int nextThreadId() {
        return threadIds.incrementAndGet();
    }

    /** {@return the current time} */
    public java.time.Instant now() {
        return clock.instant();
    }

    /** Checks that the pull request is active; 400 TF401181 otherwise. */
    public static void requireActive(PullRequest pr) {
        if (!pr.status().equals("active")) {
            throw AdoError.pullRequestNotActive(pr.id(), pr.status());
        }
    }

    /**
     * Completes {@code pr} with its completion options (merge commit by default): refuses (and changes nothing)
     * when it is not active, is a draft, a required reviewer has not approved, someone rejected, the
     * {@linkplain #gate policy gate} refuses, or the merge
     * conflicts; otherwise merges for real, moves the target branch and deletes the source branch when asked.
     */
    public void complete(PullRequest pr, UUID by, Signature me) {
        requireActive(pr);
        Optional<String> blocker = blocker(pr);
        if (blocker.isPresent()) {
            throw AdoError.pullRequestBlocked(pr.id(), blocker.get());
        }
        Optional<AdoError> refusal = gate.refusal(pr);
        if (refusal.isPresent()) {
            throw refusal.get();
        }
        Repository repo = pr.repository();
        ObjectId target = branch(repo, pr.targetRefName());
        ObjectId source = branch(repo, pr.sourceRefName());
        PullRequest.CompletionOptions options = pr.completionOptions();
        Merger.Strategy strategy = options == null ? Merger.Strategy.NO_FAST_FORWARD : options.strategy();
        String message = options != null && options.mergeCommitMessage() != null ? options.mergeCommitMessage()
                : "Merged PR " + pr.id() + ": " + pr.title();
        Signature signature = Signature.utc(me.name(), me.email(), clock.instant());
        Merger.Result result = new Merger(repo.objects()).merge(strategy, target, source, signature, message);
        if (!result.succeeded()) {
            pr.mergeStatus("conflicts");
            throw AdoError.pullRequestConflicts(pr.id(), result.conflicts());
        }
        repo.setRef(pr.targetRefName(), result.commit(), by);
        List<Commit> created = new ArrayList<>(new Merger(repo.objects()).commitsBetween(target, result.commit()));
        created.removeIf(c -> repo.pushOf(c.id()).isPresent());
        java.util.Collections.reverse(created);
        repo.recordPush(clock.instant(), by, List.of(new PushRecord.RefChange(pr.targetRefName(), target,
                result.commit())), created);
        if (options != null && options.deleteSourceBranch()) {
            repo.deleteRef(pr.sourceRefName());
        }
        pr.lastMergeSource(source);
        pr.lastMergeTarget(target);
        pr.lastMergeCommit(result.commit());
        pr.mergeStatus("succeeded");
        pr.status("completed");
        pr.closed(clock.instant());
        pr.closedBy(by);
    }

    /** {@return why {@code pr} cannot complete now (draft, votes), if anything blocks it} */
    public static Optional<String> blocker(PullRequest pr) {
        if (pr.draft()) {
            return Optional.of("it is a draft");
        }
        for (PullRequest.Reviewer r : pr.reviewers().values()) {
            if (r.vote() == -10) {
                return Optional.of("a reviewer rejected it");
            }
            if (r.required() && r.vote() < 5) {
                return Optional.of("a required reviewer has not approved it");
            }
        }
        return Optional.empty();
    }

    /**
     * Brings {@code pr} up to date with its branches (call under the repository lock): a new source commit adds an
     * iteration; the merge status is recomputed; a due auto-complete completes.
     */
    private void sync(PullRequest pr, Signature me) {
        if (!pr.status().equals("active")) {
            return;
        }
        Repository repo = pr.repository();
        Optional<ObjectId> source = repo.ref(pr.sourceRefName()).map(Ref::objectId);
        Optional<ObjectId> target = repo.ref(pr.targetRefName()).map(Ref::objectId);
        if (source.isEmpty() || target.isEmpty()) {
            pr.mergeStatus("failure");
            return;
        }
        Merger merger = new Merger(repo.objects());
        PullRequest.Iteration last = pr.iterations().isEmpty() ? null : pr.iterations().get(pr.iterations().size() - 1);
        if (last == null || !last.source().equals(source.get())) {
            ObjectId common = merger.mergeBase(target.get(), source.get()).orElse(target.get());
            String description = repo.objects().commit(source.get()).map(c -> c.message().strip()).orElse("");
            pr.iterations().add(new PullRequest.Iteration(pr.iterations().size() + 1, source.get(), target.get(), common,
                    repo.pushOf(source.get()).map(PushRecord::pushedBy).orElse(pr.createdBy()), clock.instant(),
                    description));
        }
        if (!source.get().equals(pr.lastMergeSource()) || !target.get().equals(pr.lastMergeTarget())) {
            pr.lastMergeSource(source.get());
            pr.lastMergeTarget(target.get());
            Signature signature = Signature.utc(me.name(), me.email(), clock.instant());
            Merger.Result preview = merger.merge(Merger.Strategy.NO_FAST_FORWARD, target.get(), source.get(),
                    signature, "Merge pull request " + pr.id() + " from " + pr.sourceRefName() + " into "
                            + pr.targetRefName());
            pr.mergeStatus(preview.succeeded() ? "succeeded" : "conflicts");
            pr.lastMergeCommit(preview.commit());
        }
        if (pr.autoCompleteSetBy() != null && pr.mergeStatus().equals("succeeded") && blocker(pr).isEmpty()
                && gate.refusal(pr).isEmpty()) {
            complete(pr, pr.autoCompleteSetBy(), me);
        }
    }

    private static ObjectId branch(Repository repo, String name) {
        return repo.ref(name).map(Ref::objectId).orElseThrow(() -> AdoError.refNotFound(name, repo.name()));
    }

    /**
     * {@return the merge commit of pull request {@code id} of a repository, read as {@code reader}, if it has one}
     * Locks only that pull request's repository; a missing pull request has none. Build validation queues builds on
     * {@code refs/pull/{id}/merge}, which resolves to this commit.
     */
    public java.util.function.BiFunction<Repository, Integer, java.util.Optional<String>> mergeCommits(
            Signature reader) {
        return (repo, id) -> {
            try {
                return with(repo, null, id, reader, pr -> java.util.Optional.ofNullable(pr.lastMergeCommit())
                        .map(ObjectId::hex));
            } catch (ado.emulator.internal.http.AdoError noSuchPullRequest) {
                return java.util.Optional.<String>empty();
            }
        };
    }
}
