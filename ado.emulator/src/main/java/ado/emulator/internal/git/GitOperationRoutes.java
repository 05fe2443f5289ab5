package ado.emulator.internal.git;

import ado.core.json.JsonObject;
import ado.core.json.JsonString;
import ado.core.json.JsonValue;
import ado.emulator.internal.http.AdoError;
import ado.emulator.internal.http.Call;
import ado.emulator.internal.http.Reply;
import ado.emulator.internal.http.Router;
import ado.emulator.internal.org.OrgStore;
import ado.emulator.internal.wire.Bodies;
import ado.emulator.internal.wire.Wire;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Merges ({@code .../merges}), cherry-picks ({@code .../cherryPicks}) and reverts ({@code .../reverts}), and the
 * cherry-pick or revert that made a ref ({@code GET .../cherryPicks?refName=}, {@code GET .../reverts?refName=}).
 * ADO runs them asynchronously. With {@link RepoStore#operationDuration()} zero (the default) the emulator finishes
 * them before answering, so the create already reports {@code completed} (or {@code failed} with
 * {@code conflict: true}); otherwise the create answers {@code queued}, a read answers {@code inProgress} once the
 * clock moved, and the first read at or after the duration (of the emulator's clock) runs the operation against the
 * repository as it is then.
 */
public final class GitOperationRoutes {

    private final OrgStore org;
    private final RepoStore repos;
    private final PullRequestStore prs;
    private final Clock clock;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<String, JsonObject> done = new ConcurrentHashMap<>();
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final Map<String, String> byGeneratedRef = new ConcurrentHashMap<>();

    /** An operation not run yet: its answer while waiting, when it is due and what runs it. */
    private record Pending(JsonObject waiting, Instant created, Instant due, Supplier<JsonObject> work) {
    }

    /** Creates the routes. */
    public GitOperationRoutes(OrgStore org, RepoStore repos, PullRequestStore prs, Clock clock) {
        this.org = org;
        this.repos = repos;
        this.prs = prs;
        this.clock = clock;
    }

    /** Adds the routes. */
    public void register(Router r) {
        GitScope.both(r, "POST", "/merges", this::merge);
        GitScope.both(r, "GET", "/merges/{operationId}", c -> get(c, "merges"));
        GitScope.both(r, "POST", "/cherryPicks", c -> refOperation(c, "cherryPicks", "cherryPickId", false));
        GitScope.both(r, "GET", "/cherryPicks", c -> forRef(c, "cherryPicks"));
        GitScope.both(r, "GET", "/cherryPicks/{operationId}", c -> get(c, "cherryPicks"));
        GitScope.both(r, "POST", "/reverts", c -> refOperation(c, "reverts", "revertId", true));
        GitScope.both(r, "GET", "/reverts", c -> forRef(c, "reverts"));
        GitScope.both(r, "GET", "/reverts/{operationId}", c -> get(c, "reverts"));
    }

    private Reply merge(Call call) {
        Repository repo = GitScope.repository(call, org, repos);
        JsonObject body = Bodies.object(call.json(), "body");
        List<ObjectId> parents = new ArrayList<>();
        for (JsonValue v : Bodies.array(body, "parents")) {
            ObjectId id = v instanceof JsonString s ? ObjectId.parseOrNull(s.value()) : null;
            if (id == null || repo.objects().commit(id).isEmpty()) {
                throw AdoError.commitNotFound(v.toJson(), repo.name());
            }
            parents.add(id);
        }
        if (parents.size() != 2) {
            throw AdoError.badRequest("A merge needs exactly two parents; it has " + parents.size() + ".");
        }
        String comment = Bodies.optionalString(body, "comment").orElse("Merge " + parents.get(1).hex() + " into "
                + parents.get(0).hex());
        int id = ids.incrementAndGet();
        String self = new Wire(call.base(), org).repoUrl(repo) + "/merges/" + id;
        JsonObject base = JsonObject.builder()
                // GitMerge extends GitMergeParameters: parents and comment are members of its own
                .put("parents", body.get("parents")).put("comment", comment)
                .put("mergeOperationId", id)
                .put("_links", Wire.links("self", self))
                .build();
        return start(key(repo, "merges", id), base, () -> {
            Merger.Result result = new Merger(repo.objects()).merge(Merger.Strategy.NO_FAST_FORWARD, parents.get(0),
                    parents.get(1), signature(), comment);
            var detail = JsonObject.builder();
            if (result.succeeded()) {
                detail.put("mergeCommitId", result.commit().hex());
            } else {
                // GitMergeOperationStatusDetail has no member for the conflicts: the message names them
                detail.put("failureMessage", "The merge has conflicts in " + String.join(", ", result.conflicts())
                        + ".");
            }
            return base.toBuilder().put("status", result.succeeded() ? "completed" : "failed")
                    .put("detailedStatus", detail.build()).build();
        });
    }

    private Reply refOperation(Call call, String kind, String idName, boolean revert) {
        Repository repo = GitScope.repository(call, org, repos);
        JsonObject body = Bodies.object(call.json(), "body");
        String onto = Bodies.string(body, "ontoRefName");
        String generated = Bodies.string(body, "generatedRefName");
        Refs.checkName(onto);
        Refs.checkName(generated);
        JsonObject source = Bodies.optionalObject(body, "source").orElseThrow(() -> AdoError.missingArgument("source"));
        List<ObjectId> commits = commits(repo, source);
        if (repo.ref(onto).isEmpty()) {
            throw AdoError.unresolvable(onto, repo.name());
        }
        int id = ids.incrementAndGet();
        String self = new Wire(call.base(), org).repoUrl(repo) + "/" + kind + "/" + id;
        JsonObject base = JsonObject.builder()
                .put("parameters", JsonObject.builder().put("ontoRefName", onto).put("generatedRefName", generated)
                        .put("repository", new Wire(call.base(), org).repository(repo, false))
                        .put("source", source).build())
                .put(idName, id)
                .put("url", self)
                .put("_links", Wire.links("self", self, "repository", new Wire(call.base(), org).repoUrl(repo)))
                .build();
        String key = key(repo, kind, id);
        byGeneratedRef.put(key(repo, kind, generated), key);
        return start(key, base, () -> {
            Failure failure = repo.locked(() -> apply(repo, onto, generated, commits, revert));
            var detail = JsonObject.builder().put("conflict", failure != null && failure.conflict())
                    .put("progress", ado.core.json.JsonNumber.of(1.0));
            repo.ref(generated).filter(r -> failure == null).ifPresent(r -> detail.put("currentCommitId",
                    r.objectId().hex()));
            if (failure != null) {
                detail.put("failureMessage", failure.message());
            }
            if (failure != null && failure.status() != null) {
                detail.put("status", failure.status());
            }
            return base.toBuilder().put("status", failure == null ? "completed" : "failed")
                    .put("detailedStatus", detail.build()).build();
        });
    }

    /** Why a cherry-pick or revert failed: the message, whether on a conflict, ADO's failure status or null. */
    private record Failure(String message, boolean conflict, String status) {
    }

    /** Applies the commits onto {@code onto} into the new ref {@code generated}; {@return why it failed, or null} */
    private Failure apply(Repository repo, String onto, String generated, List<ObjectId> commits, boolean revert) {
        Optional<ObjectId> head = repo.ref(onto).map(Ref::objectId);
        if (head.isEmpty()) {
            return new Failure("The ref " + onto + " no longer exists.", false, "targetBranchDeleted");
        }
        if (repo.ref(generated).isPresent()) {
            return new Failure("The ref " + generated + " already exists.", false, null);
        }
        List<ObjectId> order = new ArrayList<>(commits);
        if (revert) {
            Collections.reverse(order);
        }
        Merger merger = new Merger(repo.objects());
        Merger.Result result = revert ? merger.revert(head.get(), order, signature())
                : merger.cherryPick(head.get(), order, signature());
        if (!result.succeeded()) {
            return new Failure("Conflicts in " + String.join(", ", result.conflicts()) + ".", true, null);
        }
        repo.setRef(generated, result.commit(), org.me().id());
        List<Commit> created = new ArrayList<>(merger.commitsBetween(head.get(), result.commit()));
        Collections.reverse(created);
        repo.recordPush(clock.instant(), org.me().id(), List.of(new PushRecord.RefChange(generated,
                ObjectId.ZERO, result.commit())), created);
        return null;
    }

    /** Runs {@code work} now, or records it to run when due; {@return the answer to the create} */
    private Reply start(String key, JsonObject base, Supplier<JsonObject> work) {
        Duration duration = repos.operationDuration();
        if (duration.isZero()) {
            JsonObject out = work.get();
            done.put(key, out);
            return Reply.json(201, out);
        }
        Instant now = clock.instant();
        JsonObject waiting = base.toBuilder().put("status", "queued").build();
        pending.put(key, new Pending(waiting, now, now.plus(duration), work));
        return Reply.json(201, waiting);
    }

    /** {@return operation {@code key} as it is now (run if due), or null when there is none} */
    private JsonObject current(String key) {
        JsonObject out = done.get(key);
        Pending p = pending.get(key);
        if (out != null || p == null) {
            return out;
        }
        synchronized (p) {
            out = done.get(key);
            if (out != null) {
                return out;
            }
            Instant now = clock.instant();
            if (now.isBefore(p.due())) {
                var waiting = p.waiting().toBuilder().put("status", now.isAfter(p.created()) ? "inProgress"
                        : "queued");
                if (!key.contains("/merges/")) {          // GitMergeOperationStatusDetail has no progress
                    waiting.put("detailedStatus", JsonObject.builder().put("progress", ado.core.json.JsonNumber.of(
                            (double) Duration.between(p.created(), now).toMillis()
                                    / Duration.between(p.created(), p.due()).toMillis())).build());
                }
                return waiting.build();
            }
            out = p.work().get();
            done.put(key, out);
            pending.remove(key);
            return out;
        }
    }

    /** The source of a cherry-pick or revert: {@code commitList} (oldest first) or a completed pull request. */
    private List<ObjectId> commits(Repository repo, JsonObject source) {
        if (source.get("pullRequestId") instanceof ado.core.json.JsonNumber n) {
            int prId = (int) n.longValue();
            return prs.with(repo, null, prId, signature(), pr -> {
                if (!pr.status().equals("completed") || pr.lastMergeCommit() == null) {
                    throw AdoError.pullRequestNotActive(prId, pr.status());
                }
                var picked = new ArrayList<ObjectId>();
                for (Commit c : new Merger(repo.objects()).commitsBetween(pr.lastMergeTarget(), pr.lastMergeCommit())) {
                    if (c.parents().size() == 1) {
                        picked.add(0, c.id());
                    }
                }
                return picked;
            });
        }
        var out = new ArrayList<ObjectId>();
        for (JsonValue v : Bodies.array(source, "commitList")) {
            String text = Bodies.string(Bodies.object(v, "commitList"), "commitId");
            ObjectId id = ObjectId.parseOrNull(text);
            if (id == null || repo.objects().commit(id).isEmpty()) {
                throw AdoError.commitNotFound(text, repo.name());
            }
            out.add(id);
        }
        if (out.isEmpty()) {
            throw AdoError.missingArgument("source.commitList");
        }
        return out;
    }

    private Reply get(Call call, String kind) {
        Repository repo = GitScope.repository(call, org, repos);
        String id = call.var("operationId");
        JsonObject out = id.matches("\\d{1,9}") ? current(key(repo, kind, Integer.parseInt(id))) : null;
        if (out == null) {
            throw notFound(kind, id, repo);
        }
        return Reply.json(out);
    }

    /** The latest cherry-pick or revert whose {@code generatedRefName} is the query's {@code refName}. */
    private Reply forRef(Call call, String kind) {
        Repository repo = GitScope.repository(call, org, repos);
        String refName = call.query("refName").orElseThrow(() -> AdoError.missingArgument("refName"));
        String key = byGeneratedRef.get(key(repo, kind, refName));
        JsonObject out = key == null ? null : current(key);
        if (out == null) {
            throw notFound(kind, "for " + refName, repo);
        }
        return Reply.json(out);
    }

    private static AdoError notFound(String kind, String what, Repository repo) {
        return new AdoError(404, "GitAsyncRefOperationNotFoundException", "Microsoft.TeamFoundation.Git.Server",
                "TF401030: The " + kind + " operation " + what + " was not found in repository " + repo.name()
                        + ".");
    }

    private static String key(Repository repo, String kind, String refName) {
        return repo.id() + "/" + kind + "/ref/" + refName;
    }

    private static String key(Repository repo, String kind, int id) {
        return repo.id() + "/" + kind + "/" + id;
    }

    private Signature signature() {
        return Signature.utc(org.me().displayName(), org.me().uniqueName(), clock.instant());
    }
}
